/*
 * OmniGraph query language (.gq) -- gq-language.md sections 2 and 3 (including the 3.1
 * parse-level resolution rules).
 *
 * Keywords are not reserved: every lowercase keyword may be used as an identifier (rule `ident`:
 * query names, property names, aliases, alias references) and every keyword except `not` as an edge
 * word (rule `edgeWord`). Base-type words may be used as type names (rule `typeName`).
 *
 * Resolution rules reproduced here (section 3.1):
 *  - clause alternatives are ordered negation | binding | traversal | filter | searchClause; an
 *    ambiguity resolves to the first, and a filter may not start with `$a contains $b` /
 *    `$a starts_with $b` (a bare variable, a word and a variable are always a traversal; a
 *    validating predicate rejects `$a contains $b.x` with an explicit message);
 *  - `nearest(...)` in `order` takes no `asc`/`desc`;
 *  - `rrf` arguments are syntactically `nearest(...)` or `bm25(...)`.
 * Everything semantic (duplicate annotations, escape decoding, numeric ranges of INT/bounds/limit,
 * type checking) is the compiler's job; this grammar is syntax only.
 */
grammar GqQuery;

@parser::members {
    /*
     * gq-language.md 3.1 rule 1: VAR contains VAR / VAR starts_with VAR is a traversal over an
     * edge named contains / starts_with, never a filter -- also when more follows (VAR '.' x), in
     * which case the input is a syntax error, as in the reference parser. Evaluated after the
     * filter's left operand: true when that operand is a bare variable followed by such a word and
     * a variable.
     */
    private boolean bareVarTextOpVar(ExprContext left) {
        int op = _input.LA(1);
        return left instanceof VarExprContext && (op == K_CONTAINS || op == K_STARTS_WITH) && _input.LA(2) == VAR;
    }
}

// ------------------------------------------------------------------------------------------------
// Parser
// ------------------------------------------------------------------------------------------------

queryFile
    : queryDecl* EOF
    ;

queryDecl
    : 'query' name=ident '(' paramList? ')' queryAnnotation* '{' queryBody '}'
    ;

queryAnnotation
    : '@description' '(' STRING ')'    # descriptionAnnotation
    | '@instruction' '(' STRING ')'    # instructionAnnotation
    ;

paramList
    : param (',' param)*
    ;

param
    : name=VAR ':' typeRef
    ;

typeRef
    : (listType | vectorType | baseType) nullable='?'?
    ;

listType
    : '[' baseType ']'
    ;

vectorType
    : 'Vector' '(' dim=INT ')'
    ;

baseType
    : 'String' | 'Blob' | 'Bool' | 'I32' | 'I64' | 'U32' | 'U64' | 'F32' | 'F64' | 'DateTime' | 'Date'
    ;

queryBody
    : readBody           # readQueryBody
    | mutationStmt+      # mutationQueryBody
    ;

readBody
    : matchClause returnClause orderClause? limitClause?
    ;

// ---- match ----

matchClause
    : 'match' '{' clause+ '}'
    ;

clause
    : 'not' '{' clause+ '}'                                                     # negation
    | variable=VAR ':' typeName ('{' propMatch (',' propMatch)* ','? '}')?      # binding
    | src=VAR (edgeVar=VAR ':')? (edgeWord | undirected='<' edgeWord '>') bounds? dst=VAR  # traversal
    | left=expr {!bareVarTextOpVar($left.ctx)}?<fail={"a variable, a word and a variable form a traversal; write a property access or literal on the left to filter"}>
      filterOp right=expr                                                       # filter
    | textSearchCall                                                            # searchClause
    ;

propMatch
    : name=ident ':' value
    ;

// {min,max} / {min,}
bounds
    : '{' min=INT ',' max=INT? '}'
    ;

filterOp
    : 'starts_with'
    | 'contains'
    | compOp
    ;

compOp
    : '>=' | '<=' | '!=' | '>' | '<' | '='
    ;

textSearchCall
    : searchCall
    | fuzzyCall
    | matchTextCall
    ;

// ---- return / order / limit ----

returnClause
    : 'return' '{' projection+ '}'
    ;

projection
    : expr ('as' alias=ident)? ','?
    ;

orderClause
    : 'order' '{' ordering (',' ordering)* '}'
    ;

ordering
    : nearestCall                                                   # nearestOrdering
    | key=expr ({!($key.ctx instanceof NearestExprContext)}? dir=('asc' | 'desc'))?   # exprOrdering
    ;

limitClause
    : 'limit' INT
    ;

// ---- expressions ----

expr
    : 'now' '(' ')'      # nowExpr
    | nearestCall        # nearestExpr
    | searchCall         # searchExpr
    | fuzzyCall          # fuzzyExpr
    | matchTextCall      # matchTextExpr
    | bm25Call           # bm25Expr
    | rrfCall            # rrfExpr
    | aggCall            # aggExpr
    | propAccess         # propAccessExpr
    | VAR                # varExpr
    | literal            # literalExpr
    | ident              # aliasRefExpr
    ;

propAccess
    : VAR '.' prop=ident
    ;

nearestCall
    : 'nearest' '(' propAccess ',' query=expr ')'
    ;

searchCall
    : 'search' '(' field=expr ',' query=expr ')'
    ;

fuzzyCall
    : 'fuzzy' '(' field=expr ',' query=expr (',' maxEdits=expr)? ')'
    ;

matchTextCall
    : 'match_text' '(' field=expr ',' query=expr ')'
    ;

bm25Call
    : 'bm25' '(' field=expr ',' query=expr ')'
    ;

rrfCall
    : 'rrf' '(' primary=rankExpr ',' secondary=rankExpr (',' k=expr)? ')'
    ;

rankExpr
    : nearestCall
    | bm25Call
    ;

aggCall
    : fn=('count' | 'sum' | 'avg' | 'min' | 'max') '(' expr ')'
    ;

// ---- mutations ----

mutationStmt
    : 'insert' typeName '{' assignment+ '}'                                 # insertStmt
    | 'update' typeName 'set' '{' assignment+ '}' 'where' mutationPredicate # updateStmt
    | 'delete' typeName 'where' mutationPredicate                           # deleteStmt
    ;

assignment
    : name=ident ':' value ','?
    ;

mutationPredicate
    : name=ident compOp value
    ;

// ---- values and literals ----

value
    : literal         # literalValue
    | VAR             # varValue
    | 'now' '(' ')'   # nowValue
    ;

literal
    : '[' (literal (',' literal)*)? ']'   # listLiteral
    | 'datetime' '(' STRING ')'           # dateTimeLiteral
    | 'date' '(' STRING ')'               # dateLiteral
    | STRING                              # stringLiteral
    | FLOAT                               # floatLiteral
    | INT                                 # intLiteral
    | ('true' | 'false')                  # boolLiteral
    ;

// ---- names ----

// [a-z_][A-Za-z0-9_]* -- every keyword included (not reserved)
ident
    : IDENT
    | 'not'
    | edgeKeyword
    ;

// Edge word of a traversal: an identifier other than `not`.
edgeWord
    : IDENT
    | edgeKeyword
    ;

edgeKeyword
    : 'query' | 'match' | 'return' | 'order' | 'limit' | 'insert' | 'update' | 'delete'
    | 'set' | 'where' | 'as' | 'asc' | 'desc' | 'true' | 'false' | 'date' | 'datetime' | 'now'
    | 'nearest' | 'search' | 'fuzzy' | 'match_text' | 'bm25' | 'rrf'
    | 'count' | 'sum' | 'avg' | 'min' | 'max' | 'contains' | 'starts_with'
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

K_QUERY       : 'query' ;
K_MATCH       : 'match' ;
K_RETURN      : 'return' ;
K_ORDER       : 'order' ;
K_LIMIT       : 'limit' ;
K_NOT         : 'not' ;
K_INSERT      : 'insert' ;
K_UPDATE      : 'update' ;
K_DELETE      : 'delete' ;
K_SET         : 'set' ;
K_WHERE       : 'where' ;
K_AS          : 'as' ;
K_ASC         : 'asc' ;
K_DESC        : 'desc' ;
K_TRUE        : 'true' ;
K_FALSE       : 'false' ;
K_DATE        : 'date' ;
K_DATETIME    : 'datetime' ;
K_NOW         : 'now' ;
K_NEAREST     : 'nearest' ;
K_SEARCH      : 'search' ;
K_FUZZY       : 'fuzzy' ;
K_MATCH_TEXT  : 'match_text' ;
K_BM25        : 'bm25' ;
K_RRF         : 'rrf' ;
K_COUNT       : 'count' ;
K_SUM         : 'sum' ;
K_AVG         : 'avg' ;
K_MIN         : 'min' ;
K_MAX         : 'max' ;
K_CONTAINS    : 'contains' ;
K_STARTS_WITH : 'starts_with' ;

T_VECTOR      : 'Vector' ;
T_STRING      : 'String' ;
T_BLOB        : 'Blob' ;
T_BOOL        : 'Bool' ;
T_I32         : 'I32' ;
T_I64         : 'I64' ;
T_U32         : 'U32' ;
T_U64         : 'U64' ;
T_F32         : 'F32' ;
T_F64         : 'F64' ;
T_DATETIME    : 'DateTime' ;
T_DATE        : 'Date' ;

AT_DESCRIPTION : '@description' ;
AT_INSTRUCTION : '@instruction' ;
// Any other `@word`: never accepted by the parser, lexed whole so the error names it.
AT_IDENT       : '@' [a-z_] [A-Za-z0-9_]* ;

GE       : '>=' ;
LE       : '<=' ;
NE       : '!=' ;
GT       : '>' ;
LT       : '<' ;
EQ       : '=' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
COMMA    : ',' ;
COLON    : ':' ;
DOT      : '.' ;
QUESTION : '?' ;

VAR   : '$' [a-z_] [A-Za-z0-9_]* ;
FLOAT : DIGIT+ '.' DIGIT+ ;       // no sign, no exponent, digits on both sides
INT   : DIGIT+ ;

// `\` followed by any character is captured; the compiler decodes/rejects escapes.
STRING     : '"' (~["\\] | '\\' .)* '"' ;
// An unterminated string runs to end of input; the parser then reports it as the offending token.
BAD_STRING : '"' (~["\\] | '\\' .)* ;

TYPE_NAME : [A-Z] [A-Za-z0-9_]* ;
IDENT     : [a-z_] [A-Za-z0-9_]* ;

WS            : [ \t\r\n]+ -> channel(HIDDEN) ;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;

// Anything else becomes a token the parser reports ("extraneous input ..."), never a lexer error.
ERROR_CHAR : . ;

fragment DIGIT : [0-9] ;
