import { sankeyGraph, type FlowNode, type FlowScenario, type MaterialFlow, type SankeyGraph } from '@koers/domain';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { createDoc, finish, footers, heading, paragraph, printableSankeyLabel, sankey } from './index';

async function pages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text as string[];
}

const node = (name: string, kind: FlowNode['kind']): FlowNode => ({ name, kind, stockChangeKg: 0 });
const flow = (from: string, to: string, kgPerYear: number, material = 'PET'): MaterialFlow => ({ from, to, material, kgPerYear, recycledPct: 0, renewablePct: 0, recoveryRoute: null, recoveryPotentialPct: null });

async function render(graph: SankeyGraph, before = 0): Promise<Buffer> {
  const doc = await createDoc({ title: 'Materiaalstromen', author: 'Partner', date: '2026-03-05' });
  heading(doc, 'Materiaalstromen');
  for (let i = 0; i < before; i++) paragraph(doc, `Regel ${i + 1}`);
  sankey(doc, graph, { title: 'Huidige situatie' });
  paragraph(doc, 'Na het diagram');
  footers(doc, 'Partner · Materiaalstromen');
  return finish(doc);
}

/** Linear and balanced: 12.500 kg in at Winning, out at Gebruik's two sinks. */
const linear: FlowScenario = {
  nodes: [node('Winning', 'extraction'), node('Productie', 'production'), node('Gebruik', 'use'), node('Verbranding', 'incineration'), node('Storten', 'landfill')],
  flows: [flow('Winning', 'Productie', 12_500), flow('Productie', 'Gebruik', 12_500), flow('Gebruik', 'Verbranding', 10_000), flow('Gebruik', 'Storten', 2_500)],
};

/** Recycling's 2.500 kg goes back to Productie; Productie passes on 16.000 of the 15.000 it takes in. */
const loop: FlowScenario = {
  nodes: [node('Winning', 'extraction'), node('Productie', 'production'), node('Gebruik', 'use'), node('Recycling', 'recycling'), node('Storten', 'landfill')],
  flows: [flow('Winning', 'Productie', 12_500), flow('Productie', 'Gebruik', 16_000), flow('Gebruik', 'Recycling', 2_500), flow('Gebruik', 'Storten', 13_500), flow('Recycling', 'Productie', 2_500, 'rPET')],
};

describe('sankey', () => {
  it('draws a small chain into the PDF with every node named and its kg per year in Dutch', async () => {
    const pdf = await render(sankeyGraph(linear));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const texts = await pages(pdf);
    expect(texts).toHaveLength(1);
    for (const s of ['Huidige situatie', 'Winning', 'Productie', 'Gebruik', 'Verbranding', 'Storten', '12.500 kg/jaar', '10.000 kg/jaar', '2.500 kg/jaar', 'Na het diagram']) expect(texts[0]).toContain(s);
    expect(texts[0]).not.toContain('niet in balans');
  });

  it('draws a loop through its copy node, and names the imbalanced node "niet in balans"', async () => {
    const graph = sankeyGraph(loop);
    expect(graph.nodes.find((n) => n.loopCopy)?.id).toBe('↺ Productie');
    expect(graph.nodes.find((n) => n.imbalanced)?.id).toBe('Productie');
    const pdf = await render(graph);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const [page] = await pages(pdf);
    // Productie: in 12.500 + 2.500 = 15.000, out 16.000; its copy takes Recycling's 2.500.
    for (const s of ['Recycling', 'Productie (kringloop)', 'niet in balans', 'in 15.000', 'uit 16.000', '16.000 kg/jaar', '13.500 kg/jaar', 'kringloop', 'Rood']) expect(page).toContain(s);
  });

  it('gives the same bytes for the same graph', async () => {
    const graph = sankeyGraph(loop);
    expect((await render(graph)).equals(await render(graph))).toBe(true);
  });

  it('starts a new page when the diagram does not fit below the text', async () => {
    const texts = await pages(await render(sankeyGraph(linear), 45));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('Regel 45');
    expect(texts[0]).not.toContain('Verbranding');
    expect(texts[1]).toContain('Verbranding');
  });

  it('says so when there are no flows to draw', async () => {
    const [page] = await pages(await render(sankeyGraph({ nodes: [node('Winning', 'extraction')], flows: [] })));
    expect(page).toContain('Geen materiaalstromen.');
    expect(page).not.toContain('Winning');
  });

  it('prints a loop copy without the ↺ the standard fonts lack', () => {
    expect(printableSankeyLabel({ label: '↺ Productie', loopCopy: true })).toBe('Productie (kringloop)');
    expect(printableSankeyLabel({ label: 'Productie', loopCopy: false })).toBe('Productie');
  });

  it('shortens a name too long for its label with "…"', async () => {
    const long = 'Kunststofverwerkingsbedrijf De Grote Noordelijke Recyclingcoöperatie';
    const [page] = await pages(await render(sankeyGraph({ nodes: [node('Winning', 'extraction'), node(long, 'recycling')], flows: [flow('Winning', long, 100)] })));
    // On two lines of at most the label's width: "Kunststofverwerkingsb…" and "De Grote Noordelijke R…".
    expect(page).toContain('Kunststofverwerking');
    expect(page).toContain('De Grote');
    expect(page).not.toContain('Recyclingcoöperatie');
    expect(page).toContain('…');
  });
});
