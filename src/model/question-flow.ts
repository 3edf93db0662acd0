// A question flow ("Can I vote?", "Must I follow civic integration?") as data: questions whose
// options lead to another question or to an answer (content/vragen/<id>.json). Pure and
// checked here, so a flow that could leave a reader without an answer never builds
// (tests/unit/question-flow.test.ts walks every path).
import type { FlowData } from './schemas.ts';

export class FlowError extends Error {
  override name = 'FlowError';
}

export type Question = FlowData['questions'][number] & { kind: 'question' };
export type Answer = FlowData['answers'][number] & { kind: 'answer' };
export type FlowNode = Question | Answer;

export interface Flow {
  id: string;
  start: string;
  facts: FlowData['facts'];
  /** Every node, the first question first, then in the order a reader meets them. */
  nodes: FlowNode[];
  node(id: string): FlowNode;
}

export function buildFlow(id: string, data: FlowData, file: string): Flow {
  const problems: string[] = [];
  const byId = new Map<string, FlowNode>();
  for (const node of [...data.questions.map((q) => ({ ...q, kind: 'question' as const })), ...data.answers.map((a) => ({ ...a, kind: 'answer' as const }))]) {
    if (byId.has(node.id)) problems.push(`${file}: id "${node.id}" is used twice; expected every question and answer to have its own id (it is its address)`);
    byId.set(node.id, node);
  }
  const start = byId.get(data.start);
  if (!start) problems.push(`${file}: field "start" is "${data.start}"; expected the id of a question: ${data.questions.map((q) => q.id).join(', ')}`);
  else if (start.kind !== 'question') problems.push(`${file}: field "start" is "${data.start}", an answer; expected a question`);
  for (const question of data.questions) {
    const options = new Set<string>();
    for (const option of question.options) {
      if (options.has(option.id)) problems.push(`${file}: question "${question.id}" has option "${option.id}" twice`);
      options.add(option.id);
      if (!byId.has(option.next))
        problems.push(
          `${file}: question "${question.id}", option "${option.id}": field "next" is "${option.next}"; expected the id of a question or answer of this file`,
        );
    }
  }
  if (problems.length) throw new FlowError(`Question flow is invalid:\n  ${problems.join('\n  ')}`);

  // Walk from the start: no loops (every path must end in an answer), nothing unreachable.
  const order: FlowNode[] = [];
  const walk = (nodeId: string, trail: string[]) => {
    if (trail.includes(nodeId)) {
      problems.push(`${file}: the questions loop (${[...trail, nodeId].join(' → ')}); expected every path to end in an answer`);
      return;
    }
    const node = byId.get(nodeId)!;
    if (!order.includes(node)) order.push(node);
    if (node.kind === 'question') for (const option of node.options) walk(option.next, [...trail, nodeId]);
  };
  walk(data.start, []);
  const unreachable = [...byId.keys()].filter((nodeId) => !order.some((node) => node.id === nodeId));
  if (unreachable.length)
    problems.push(`${file}: no option leads to ${unreachable.map((nodeId) => `"${nodeId}"`).join(', ')}; remove it or add an option that leads there`);
  if (problems.length) throw new FlowError(`Question flow is invalid:\n  ${problems.join('\n  ')}`);

  return {
    id,
    start: data.start,
    facts: data.facts,
    nodes: order,
    node(nodeId) {
      const node = byId.get(nodeId);
      if (!node) throw new FlowError(`${file}: no question or answer "${nodeId}"`);
      return node;
    },
  };
}

/** Every path a reader can take, as the ids from the first question to an answer. */
export function flowPaths(flow: Flow): string[][] {
  const paths: string[][] = [];
  const walk = (nodeId: string, trail: string[]) => {
    const node = flow.node(nodeId);
    if (node.kind === 'answer') paths.push([...trail, nodeId]);
    else for (const option of node.options) walk(option.next, [...trail, nodeId]);
  };
  walk(flow.start, []);
  return paths;
}

/** The address of a step: the checker's own page for the first question, else a page below it. */
export function stepPath(checkerPath: string, flow: Flow, nodeId: string): string {
  return nodeId === flow.start ? checkerPath : `${checkerPath}${nodeId}/`;
}
