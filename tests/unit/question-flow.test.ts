// The two checkers without JavaScript, in-process over their data (content/vragen/*.json):
// every path from the first question reaches an answer that cites a source, in every
// language every step has its texts and its own address, and the dates come from the election
// data. Bad flows fail naming the file and the field.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowView } from '../../src/components/QuestionFlow/flow-view';
import { localeCodes } from '../../src/i18n/locales';
import { buildElections } from '../../src/model/elections';
import { buildFlow, flowPaths, FlowError, type Flow } from '../../src/model/question-flow';
import { electionSchema, flowSchema, type FlowData } from '../../src/model/schemas';
import { FLOW_TOOLS } from '../../src/tools/names';

const dir = 'content/vragen';
const readFlow = (id: string): Flow => buildFlow(id, flowSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8'))), `${dir}/${id}.json`);
const electionsFile = 'content/kiesrecht/verkiezingen.json';
const realElections = buildElections(
  (JSON.parse(fs.readFileSync(electionsFile, 'utf8')) as unknown[]).map((entry) => electionSchema.parse(entry)),
  electionsFile,
  new Date('2026-12-02'),
);
const pageTitle = (slug: string) => ({ value: slug, lang: 'nl', isFallback: false, attrs: {} });
const view = (flow: Flow, lang: string, elections = realElections) => flowView({ flow, lang, slug: 'test/checker', elections, pageTitle });

const flows = Object.values(FLOW_TOOLS).map((id) => readFlow(id!));

describe.each(flows.map((flow) => [flow.id, flow] as const))('the checker "%s"', (_, flow) => {
  it('every path from the first question reaches an answer that cites a dated source', () => {
    const paths = flowPaths(flow);
    expect(paths.length).toBeGreaterThan(3);
    for (const steps of paths) {
      const end = flow.node(steps.at(-1)!);
      expect(end.kind).toBe('answer');
      if (end.kind !== 'answer') continue;
      expect(end.sources.length).toBeGreaterThan(0);
      for (const source of end.sources) expect(source.url).toMatch(/^https:\/\//);
    }
    // Every answer can be reached.
    const reached = new Set(paths.map((steps) => steps.at(-1)));
    expect(flow.nodes.filter((node) => node.kind === 'answer').every((node) => reached.has(node.id))).toBe(true);
  });

  it.each(localeCodes)('in %s: every step has its texts and its own address; every option leads to a step', (lang) => {
    const shown = view(flow, lang);
    const addresses = shown.steps.map((step) => step.path);
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(addresses[0]).toBe(`/${lang}/test/checker/`);
    for (const step of shown.steps) {
      expect(step.heading.text.trim()).not.toBe('');
      expect(step.heading.text).not.toMatch(/{{|checker\./);
      if (step.kind === 'question') for (const option of step.options) expect(addresses).toContain(option.href);
      else expect(step.text?.text).not.toMatch(/{{|checker\./);
    }
    // Walk every path as a reader without JavaScript: from page to page along the links.
    const byPath = new Map(shown.steps.map((step) => [step.path, step]));
    const walk = (address: string, seen: number): number => {
      const step = byPath.get(address)!;
      expect(seen).toBeLessThan(shown.steps.length);
      return step.kind === 'answer'
        ? (expect(step.sources.length).toBeGreaterThan(0), 1)
        : step.options.reduce((sum, option) => sum + walk(option.href, seen + 1), 0);
    };
    expect(walk(shown.path, 0)).toBe(flowPaths(flow).length);
  });
});

it('a step is a page: the pages added are questions and answers minus the first question, per language', () => {
  const perLanguage = flows.reduce((sum, flow) => sum + flow.nodes.length - 1, 0);
  expect(perLanguage * localeCodes.length).toBe(180);
});

describe('"Can I vote?" follows the election data', () => {
  const flow = flows.find((candidate) => candidate.id === 'kiesrecht')!;
  it('a fixture election changes the dates of its questions and answers', () => {
    const fixture = buildElections(
      [
        electionSchema.parse({
          ...JSON.parse(fs.readFileSync(electionsFile, 'utf8'))[1],
          id: 'fixture-2036',
          day: '2036-10-12',
          registrationDeadline: '2036-07-15',
          registeredOn: '2036-08-01',
        }),
      ],
      electionsFile,
      new Date('2026-12-02'),
    );
    const text = (elections: typeof fixture) => JSON.stringify(view(flow, 'nl', elections).steps);
    expect(text(realElections)).toContain('31 juli 2030');
    expect(text(fixture)).toContain('15 juli 2036');
    expect(text(fixture)).toContain('12 oktober 2036');
    expect(text(fixture)).not.toContain('2030');
  });
  it('says whether voting is compulsory from the data', () => {
    const brussels = (compulsory: boolean) => {
      const entry = electionSchema.parse({ ...JSON.parse(fs.readFileSync(electionsFile, 'utf8'))[1], compulsory: { flanders: false, brussels: compulsory } });
      return view(flow, 'nl', buildElections([entry], electionsFile, new Date('2026-12-02'))).steps.find((step) => step.id === 'brussel')!.text!.text;
    };
    expect(brussels(true)).toContain('In Brussel moet u gaan stemmen');
    expect(brussels(false)).toContain('In Brussel is gaan stemmen niet verplicht');
  });
});

describe('a bad flow fails with file and field', () => {
  const file = 'content/vragen/test.json';
  const flow = (data: Partial<FlowData>): FlowData =>
    flowSchema.parse({
      start: 'a',
      questions: [
        {
          id: 'a',
          options: [
            { id: 'x', next: 'klaar' },
            { id: 'y', next: 'klaar' },
          ],
        },
      ],
      answers: [{ id: 'klaar', verdict: 'yes', sources: [{ title: 'Bron', url: 'https://example.org', consulted: '2026-12-02' }] }],
      ...data,
    });
  const problem = (data: Partial<FlowData>) => {
    try {
      buildFlow('test', flow(data), file);
    } catch (error) {
      expect(error).toBeInstanceOf(FlowError);
      return (error as Error).message;
    }
    return '';
  };
  it('an option that leads nowhere, a loop, a step nothing leads to, a start that is an answer', () => {
    expect(
      problem({
        questions: [
          {
            id: 'a',
            options: [
              { id: 'x', next: 'klaar' },
              { id: 'y', next: 'nergens' },
            ],
          },
        ],
      }),
    ).toContain(`${file}: question "a", option "y": field "next" is "nergens"; expected the id of a question or answer of this file`);
    expect(
      problem({
        questions: [
          {
            id: 'a',
            options: [
              { id: 'x', next: 'b' },
              { id: 'y', next: 'klaar' },
            ],
          },
          {
            id: 'b',
            options: [
              { id: 'x', next: 'a' },
              { id: 'y', next: 'klaar' },
            ],
          },
        ],
      }),
    ).toContain('the questions loop (a → b → a)');
    expect(
      problem({
        answers: [
          ...flow({}).answers,
          { id: 'los', verdict: 'no', sources: [{ title: 'B', url: 'https://example.org', consulted: '2026-12-02' }], needsCheck: [] },
        ],
      }),
    ).toContain('no option leads to "los"');
    expect(problem({ start: 'klaar' })).toContain('field "start" is "klaar", an answer; expected a question');
  });
  it('the schema: an answer without a source', () => {
    const result = flowSchema.safeParse({
      start: 'a',
      questions: [
        {
          id: 'a',
          options: [
            { id: 'x', next: 'k' },
            { id: 'y', next: 'k' },
          ],
        },
      ],
      answers: [{ id: 'k', verdict: 'yes', sources: [] }],
    });
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'answers.0.sources: expected at least one source: every answer cites where its rule comes from',
    ]);
  });
});
