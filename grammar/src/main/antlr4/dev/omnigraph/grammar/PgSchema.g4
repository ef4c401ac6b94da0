/*
 * OmniGraph schema language (.pg) -- pg-schema.md section 1.
 *
 * Keywords are not reserved: `node`, `edge`, `enum`, `true`, ... may be used as property names
 * (rule `ident`), and the base-type words (`String`, `Date`, `Vector`, ...) may be used as type
 * names (rule `typeName`). Body constraints (`@key(...)`, `@unique(...)`, `@index(...)`,
 * `@range(...)`, `@check(...)`: constraint name followed by `(`) are never annotations; without
 * parentheses `@key`/`@unique`/`@index` (and `@range`/`@check`) are plain annotations.
 * Semantic checks (escapes, enum duplicates, vector dimension, annotation rules, ...) are the
 * compiler's job; this grammar is syntax only.
 */
grammar PgSchema;

// ------------------------------------------------------------------------------------------------
// Parser
// ------------------------------------------------------------------------------------------------

schemaFile
    : decl* EOF
    ;

decl
    : interfaceDecl
    | nodeDecl
    | edgeDecl
    ;

interfaceDecl
    : 'interface' name=typeName '{' propDecl* '}'
    ;

nodeDecl
    : 'node' name=typeName annotation* implementsClause? '{' memberDecl* '}'
    ;

implementsClause
    : 'implements' typeName (',' typeName)*
    ;

edgeDecl
    : 'edge' name=typeName ':' from=typeName '->' to=typeName cardinality? annotation* edgeBody?
    ;

edgeBody
    : '{' memberDecl* '}'
    ;

memberDecl
    : propDecl
    | bodyConstraint
    ;

// @card(min..max) / @card(min..)
cardinality
    : '@card' '(' min=INT '..' max=INT? ')'
    ;

propDecl
    : name=ident ':' typeRef annotation*
    ;

typeRef
    : coreType nullable='?'?
    ;

coreType
    : listType
    | enumType
    | vectorType
    | baseType
    ;

listType
    : '[' baseType ']'
    ;

enumType
    : 'enum' '(' enumValue (',' enumValue)* ')'
    ;

// enum_value = [A-Za-z0-9_-]+ : any single word-like token (ENUM_WORD holds the ones with '-').
enumValue
    : ident
    | typeName
    | INT
    | NEG_INT
    | ENUM_WORD
    ;

vectorType
    : 'Vector' '(' dim=INT ')'
    ;

baseType
    : 'String' | 'Blob' | 'Bool' | 'I32' | 'I64' | 'U32' | 'U64' | 'F32' | 'F64' | 'DateTime' | 'Date'
    ;

// @key(a, b) @unique(src, dst) @index(a) @range(age, 0..200) @check(code, "regex")
bodyConstraint
    : name=('@key' | '@unique' | '@index' | '@range' | '@check') '(' constraintArg (',' constraintArg)* ')'
    ;

constraintArg
    : rangeBound    # rangeConstraintArg
    | literal       # literalConstraintArg
    | ident         # identConstraintArg
    ;

// lo..hi | lo.. | ..hi  (signed ints or floats)
rangeBound
    : lo=signedNumber '..' hi=signedNumber?
    | '..' hi=signedNumber
    ;

signedNumber
    : INT
    | FLOAT
    | NEG_INT
    | NEG_FLOAT
    ;

// Any @ident / @ident(arg, k=v, ...). A constraint name is an annotation only without parentheses.
annotation
    : name=(AT_IDENT | '@card') annotationArgs?
    | name=('@key' | '@unique' | '@index' | '@range' | '@check')
    ;

annotationArgs
    : '(' annotationArg (',' kwarg)* ')'
    ;

annotationArg
    : literal
    | ident
    ;

kwarg
    : key=ident '=' literal
    ;

literal
    : STRING              # stringLiteral
    | FLOAT               # floatLiteral
    | INT                 # intLiteral
    | ('true' | 'false')  # boolLiteral
    ;

// [a-z_][A-Za-z0-9_]* -- keywords included (not reserved)
ident
    : IDENT
    | 'interface' | 'node' | 'edge' | 'implements' | 'enum' | 'true' | 'false'
    ;

// [A-Z][A-Za-z0-9_]* -- base-type words included (not reserved)
typeName
    : TYPE_NAME
    | 'Vector'
    | 'String' | 'Blob' | 'Bool' | 'I32' | 'I64' | 'U32' | 'U64' | 'F32' | 'F64' | 'DateTime' | 'Date'
    ;

// ------------------------------------------------------------------------------------------------
// Lexer
// ------------------------------------------------------------------------------------------------

K_INTERFACE  : 'interface' ;
K_NODE       : 'node' ;
K_EDGE       : 'edge' ;
K_IMPLEMENTS : 'implements' ;
K_ENUM       : 'enum' ;
K_TRUE       : 'true' ;
K_FALSE      : 'false' ;

T_VECTOR     : 'Vector' ;
T_STRING     : 'String' ;
T_BLOB       : 'Blob' ;
T_BOOL       : 'Bool' ;
T_I32        : 'I32' ;
T_I64        : 'I64' ;
T_U32        : 'U32' ;
T_U64        : 'U64' ;
T_F32        : 'F32' ;
T_F64        : 'F64' ;
T_DATETIME   : 'DateTime' ;
T_DATE       : 'Date' ;

AT_KEY       : '@key' ;
AT_UNIQUE    : '@unique' ;
AT_INDEX     : '@index' ;
AT_RANGE     : '@range' ;
AT_CHECK     : '@check' ;
AT_CARD      : '@card' ;
AT_IDENT     : '@' [a-z_] [A-Za-z0-9_]* ;

ARROW    : '->' ;
DOTDOT   : '..' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
COMMA    : ',' ;
COLON    : ':' ;
QUESTION : '?' ;
EQ       : '=' ;

// Signed numbers only occur in @range bounds; defined before ENUM_WORD so `-40` is NEG_INT.
NEG_FLOAT : '-' DIGIT+ '.' DIGIT+ ;
NEG_INT   : '-' DIGIT+ ;
FLOAT     : DIGIT+ '.' DIGIT+ ;   // `0..100` stays INT '..' INT: a float needs a digit after '.'
INT       : DIGIT+ ;

// `\` followed by any character is captured; the compiler decodes/rejects escapes.
STRING     : '"' (~["\\] | '\\' .)* '"' ;
// An unterminated string runs to end of input; the parser then reports it as the offending token.
BAD_STRING : '"' (~["\\] | '\\' .)* ;

TYPE_NAME : [A-Z] [A-Za-z0-9_]* ;
IDENT     : [a-z_] [A-Za-z0-9_]* ;

// Enum values containing '-' (`data-eng`, `phase-1`, `i-owe`) or starting with a digit and
// holding letters (`2fa`). The predicate keeps `From->To` (no spaces) lexing as TYPE_NAME ARROW.
ENUM_WORD
    : [A-Za-z0-9_]* '-' [A-Za-z0-9_-]* {_input.LA(1) != '>'}?
    | DIGIT+ [A-Za-z_] [A-Za-z0-9_]*
    ;

WS            : [ \t\r\n]+ -> channel(HIDDEN) ;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;

// Anything else becomes a token the parser reports ("extraneous input ..."), never a lexer error.
ERROR_CHAR : . ;

fragment DIGIT : [0-9] ;
