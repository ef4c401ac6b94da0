/** Flight session options ({@code SetSessionOptions}, {@code GetSessionOptions}, {@code CloseSession}). */
package dev.omnigraph.flight.session;
