/**
 * A deliberately tiny formula evaluator: number and string literals, parentheses, unary and binary
 * `+ - * /` and `&`. Functions, references and names give `#NAME?`, so a test can tell a formula
 * cell from text without the fake pretending to be a calculation engine.
 */

export type FormulaResult = { value: string | number } | { error: string };

type Token = { kind: "number"; value: number } | { kind: "string"; value: string } | { kind: "op"; value: string };

class FormulaError extends Error {
  constructor(readonly excelError: string) {
    super(excelError);
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d*)?(?:E[+-]?\d+)?|\.\d+(?:E[+-]?\d+)?)|"((?:[^"]|"")*)"|([-+*/&()]))/iy;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) throw new FormulaError("#NAME?");
    if (match[1] !== undefined) tokens.push({ kind: "number", value: Number(match[1]) });
    else if (match[2] !== undefined) tokens.push({ kind: "string", value: match[2].replace(/""/g, '"') });
    else tokens.push({ kind: "op", value: match[3] });
    index = pattern.lastIndex;
  }
  return tokens;
}

function asNumber(value: string | number): number {
  if (typeof value === "number") return value;
  const trimmed = value.trim();
  if (trimmed !== "" && Number.isFinite(Number(trimmed))) return Number(trimmed);
  throw new FormulaError("#VALUE!");
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): string | number {
    const value = this.concat();
    if (this.position < this.tokens.length) throw new FormulaError("#NAME?");
    return value;
  }

  private peekOp(...ops: string[]): string | undefined {
    const token = this.tokens[this.position];
    return token?.kind === "op" && ops.includes(token.value) ? token.value : undefined;
  }

  private concat(): string | number {
    let left = this.additive();
    while (this.peekOp("&")) {
      this.position++;
      left = String(left) + String(this.additive());
    }
    return left;
  }

  private additive(): string | number {
    let left = this.term();
    for (let op = this.peekOp("+", "-"); op; op = this.peekOp("+", "-")) {
      this.position++;
      const right = asNumber(this.term());
      left = op === "+" ? asNumber(left) + right : asNumber(left) - right;
    }
    return left;
  }

  private term(): string | number {
    let left = this.unary();
    for (let op = this.peekOp("*", "/"); op; op = this.peekOp("*", "/")) {
      this.position++;
      const right = asNumber(this.unary());
      if (op === "/" && right === 0) throw new FormulaError("#DIV/0!");
      left = op === "*" ? asNumber(left) * right : asNumber(left) / right;
    }
    return left;
  }

  private unary(): string | number {
    const op = this.peekOp("+", "-");
    if (op) {
      this.position++;
      const operand = this.unary();
      return op === "-" ? -asNumber(operand) : operand;
    }
    return this.primary();
  }

  private primary(): string | number {
    const token = this.tokens[this.position++];
    if (!token) throw new FormulaError("#NAME?");
    if (token.kind === "number" || token.kind === "string") return token.value;
    if (token.value === "(") {
      const value = this.concat();
      if (!this.peekOp(")")) throw new FormulaError("#NAME?");
      this.position++;
      return value;
    }
    throw new FormulaError("#NAME?");
  }
}

/** Evaluates the text after the leading `=`. */
export function evaluateFormula(body: string): FormulaResult {
  try {
    return { value: new Parser(tokenize(body)).parse() };
  } catch (error) {
    if (error instanceof FormulaError) return { error: error.excelError };
    throw error;
  }
}
