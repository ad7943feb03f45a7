/**
 * The two-pass driver (CPython's _PyPegen_run_parser and
 * _Pypegen_set_syntax_error): runs a start rule, and on failure reruns it
 * with the invalid rules on and decides which error to raise.
 *
 * 1. Parse once with the `invalid_*` rules off. Success returns the tree.
 * 2. On failure, parse again from the first token with them on; the first
 *    rule to raise decides the message.
 * 3. If nothing raised, report "invalid syntax" at the last token the
 *    *first* pass fetched (or "unexpected indent"/"unexpected unindent" if
 *    that token is INDENT/DEDENT).
 * 4. An error raised by the parser (not by the tokenizer) may then be
 *    overridden by a tokenizer error further on in the file: the rest of the
 *    file is tokenized, and a tokenizer error there wins, except for the
 *    layout errors CPython only reports when the parser asks (bad dedent,
 *    tabs, ...); an unclosed bracket wins only if it opened on a line before
 *    the last token the parser fetched. Undecodable source met there is not
 *    turned into a SyntaxError ("(unicode error) ..."): CPython lets the
 *    UnicodeDecodeError itself escape.
 */
import type { Expr, Mod } from '../ast.js';
import { PySyntaxError } from '../errors.js';
import type { OpenBracket } from '../tokenizer.js';
import { type Parser, tooDeepError } from './core.js';
import { DEDENT, ENDMARKER, INDENT } from './kinds.js';
import { moreThanOneStatement, runStartRule, type StartRule } from './start.js';

/** Parses with `rule`; returns the tree or throws CPython's PySyntaxError. */
export function run(p: Parser, rule: StartRule): Mod | Expr {
  const baseDepth = p.depth;
  p.singleInput = rule === 'single';
  let lastToken: number;
  try {
    const tree = runStartRule(p, rule);
    if (tree !== null) {
      if (rule === 'single' && moreThanOneStatement(p)) {
        p.raiseAtLastToken('multiple statements found while compiling a single statement');
      }
      return tree;
    }
    lastToken = p.fill - 1;
    p.pos = 0;
    p.depth = baseDepth;
    p.callInvalid = true;
    p.errorPass = true;
    p.resetMemo();
    runStartRule(p, rule);
  } catch (e) {
    if (!(e instanceof PySyntaxError) || p.tok.errorCode !== null) throw e;
    throw tokenizerErrorFurtherOn(p, e);
  }
  const k = p.kinds[lastToken]!;
  if (k === INDENT || k === DEDENT) {
    p.raiseAtLastToken(k === INDENT ? 'unexpected indent' : 'unexpected unindent', 'IndentationError');
  }
  throw tokenizerErrorFurtherOn(p, caught(() => p.raiseKnownLocation(p.tokens[lastToken]!, 'invalid syntax')));
}

/**
 * CPython's _PyPegen_tokenize_full_source_to_check_for_errors: tokenizes
 * the rest of the input; a tokenizer error found there replaces the parser's
 * error `err`, with the exceptions described in the module comment.
 */
function tokenizerErrorFurtherOn(p: Parser, err: PySyntaxError): PySyntaxError {
  const errLine = p.tokens[p.fill - 1]!.lineno;
  if (p.kinds[p.fill - 1] === ENDMARKER) return err;
  for (;;) {
    try {
      if (p.tok.next().type === ENDMARKER) return err;
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      const code = p.tok.errorCode;
      if (code === 'error') return e;
      if (code === 'decode') return bareDecodeError(e);
      const bracket = p.tok.innermostBracket();
      if (bracket === null || errLine <= bracket.lineno) return err;
      return code === 'eof' ? e : caught(() => unclosedBracket(p, bracket));
    }
  }
}

const UNICODE_ERROR = '(unicode error) ';

/** The UnicodeDecodeError behind a "(unicode error) ..." SyntaxError (other decoding failures stay). */
function bareDecodeError(e: PySyntaxError): PySyntaxError {
  if (!e.msg.startsWith(UNICODE_ERROR)) return e;
  return new PySyntaxError({
    kind: 'UnicodeDecodeError', msg: e.msg.slice(UNICODE_ERROR.length), filename: e.filename,
    lineno: null, offset: null, end_lineno: null, end_offset: null, text: null,
  });
}

/** "'(' was never closed" at an open bracket (CPython's raise_unclosed_parentheses_error). */
function unclosedBracket(p: Parser, b: OpenBracket): never {
  return p.raiseRaw('SyntaxError', `'${b.char}' was never closed`, b.lineno, b.col_offset + 1, b.lineno, 0);
}

function caught(raise: () => never): PySyntaxError {
  try {
    raise();
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
}

/** A JS stack overflow (absurd nesting) becomes the parser's "too deep" MemoryError. */
export function asSyntaxError(e: unknown, filename: string): unknown {
  return e instanceof RangeError ? tooDeepError(filename) : e;
}
