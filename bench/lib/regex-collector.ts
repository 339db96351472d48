/**
 * Every regular expression in the source: each literal, and each
 * `new RegExp(…)` (or `RegExp(…)`) whose pattern can be read statically —
 * literals and templates over constants, or a constant regex's `.source`. The
 * rest are reported as dynamic, with their code, to be exercised through the
 * pipeline. Parsed with the TypeScript compiler API (TypeScript 7's
 * `typescript/unstable/sync`, which runs the bundled compiler in a child
 * process), so regex literals are told from division by the parser itself.
 */
import path from 'node:path';
import { SyntaxKind } from 'typescript/unstable/ast';
import type { Node, SourceFile } from 'typescript/unstable/ast';
import { API } from 'typescript/unstable/sync';

export interface FoundRegex {
  /** Relative to the project root. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly code: string;
  readonly how: 'literal' | 'constructor';
  /** Undefined when the pattern is built at run time. */
  readonly source?: string;
  readonly flags?: string;
}

/** The regexes in every project file under `under` (default src/), in file and line order. */
export function collectRegexes(root: string, under = 'src'): FoundRegex[] {
  const api = new API({ cwd: root });
  try {
    const snapshot = api.updateSnapshot({ openProject: path.join(root, 'tsconfig.json') });
    const project = snapshot.getProjects()[0];
    if (!project) throw new Error(`no TypeScript project at ${root}/tsconfig.json`);
    const prefix = path.join(root, under) + path.sep;
    const files = project.program
      .getSourceFileNames()
      .filter((name) => name.startsWith(prefix) && !name.endsWith('.d.ts'))
      .sort()
      .map((name) => project.program.getSourceFile(name)!);
    const constants = constantsOf(files);
    return files.flatMap((file) => regexesIn(file, root, constants));
  } finally {
    api.close();
  }
}

type Constants = Map<string, Node | null>;

/** `const NAME = …` anywhere in the files, for patterns built from constants; a name declared twice is left out. */
function constantsOf(files: readonly SourceFile[]): Constants {
  const constants: Constants = new Map();
  for (const file of files) {
    walk(file, (node) => {
      if (node.kind !== SyntaxKind.VariableDeclaration) return;
      const declaration = node as Node & { name: Node & { text?: string }; initializer?: Node };
      if (declaration.name.kind !== SyntaxKind.Identifier || !declaration.initializer) return;
      const name = declaration.name.text!;
      constants.set(name, constants.has(name) ? null : declaration.initializer);
    });
  }
  return constants;
}

function regexesIn(file: SourceFile, root: string, constants: Constants): FoundRegex[] {
  const found: FoundRegex[] = [];
  const relative = path.relative(root, file.fileName);
  const lineOf = (position: number) => file.getLineAndCharacterOfPosition(position).line + 1;
  walk(file, (node) => {
    if (node.kind === SyntaxKind.RegularExpressionLiteral) {
      const text = (node as Node & { text: string }).text;
      found.push({ file: relative, line: lineOf(node.end), code: text, how: 'literal', ...splitLiteral(text) });
      return;
    }
    if (node.kind !== SyntaxKind.NewExpression && node.kind !== SyntaxKind.CallExpression) return;
    const call = node as Node & { expression: Node & { text?: string }; arguments?: readonly Node[] };
    if (call.expression.kind !== SyntaxKind.Identifier || call.expression.text !== 'RegExp') return;
    const [pattern, flags] = call.arguments ?? [];
    const code = file.text.slice(call.expression.end - 'RegExp'.length, node.end).replace(/\s+/g, ' ');
    const source = pattern && evaluate(pattern, constants, 0);
    const flagText = flags ? evaluate(flags, constants, 0) : '';
    found.push({
      file: relative,
      line: lineOf(call.expression.end),
      code: `${node.kind === SyntaxKind.NewExpression ? 'new ' : ''}${code}`,
      how: 'constructor',
      ...(source !== undefined && flagText !== undefined ? { source, flags: flagText } : {}),
    });
  });
  return found;
}

type Literal = Node & { text: string; rawText?: string };
type Template = Node & { head: Literal; templateSpans: readonly (Node & { expression: Node; literal: Literal })[] };

/**
 * The string an expression always has, if the code spells it out: literals,
 * templates (String.raw too) over constants, and a constant regex's `.source`.
 */
function evaluate(node: Node, constants: Constants, depth: number, raw = false): string | undefined {
  if (depth > 20) return undefined;
  switch (node.kind) {
    case SyntaxKind.StringLiteral:
      return (node as Literal).text;
    case SyntaxKind.NoSubstitutionTemplateLiteral:
      // The API leaves rawText out of a plain template; the source between the backticks is the raw text.
      return raw ? ((node as Literal).rawText ?? node.getText().slice(1, -1)) : (node as Literal).text;
    case SyntaxKind.TemplateExpression: {
      const template = node as Template;
      let text = raw ? template.head.rawText : template.head.text;
      for (const span of template.templateSpans) {
        const value = evaluate(span.expression, constants, depth + 1);
        const literal = raw ? span.literal.rawText : span.literal.text;
        if (text === undefined || value === undefined || literal === undefined) return undefined;
        text += value + literal;
      }
      return text;
    }
    case SyntaxKind.TaggedTemplateExpression: {
      const tagged = node as Node & { tag: Node; template: Node };
      const tag = tagName(tagged.tag);
      return tag === 'String.raw' ? evaluate(tagged.template, constants, depth + 1, true) : undefined;
    }
    case SyntaxKind.Identifier: {
      const initializer = constants.get((node as Literal).text);
      return initializer ? evaluate(initializer, constants, depth + 1) : undefined;
    }
    case SyntaxKind.PropertyAccessExpression: {
      const access = node as Node & { expression: Literal; name: Literal };
      if (access.name.text !== 'source' || access.expression.kind !== SyntaxKind.Identifier) return undefined;
      const initializer = constants.get(access.expression.text);
      if (initializer?.kind === SyntaxKind.RegularExpressionLiteral) return splitLiteral((initializer as Literal).text).source;
      return undefined;
    }
    case SyntaxKind.ParenthesizedExpression:
      return evaluate((node as Node & { expression: Node }).expression, constants, depth + 1);
    default:
      return undefined;
  }
}

/** `String.raw` as written, for a tag. */
function tagName(tag: Node): string | undefined {
  if (tag.kind !== SyntaxKind.PropertyAccessExpression) return undefined;
  const access = tag as Node & { expression: Literal; name: Literal };
  return access.expression.kind === SyntaxKind.Identifier ? `${access.expression.text}.${access.name.text}` : undefined;
}

/** "/a+b/gi" → { source: "a+b", flags: "gi" }. */
export function splitLiteral(literal: string): { source: string; flags: string } {
  const slash = literal.lastIndexOf('/');
  return { source: literal.slice(1, slash), flags: literal.slice(slash + 1) };
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  node.forEachChild((child) => {
    walk(child, visit);
    return undefined;
  });
}
