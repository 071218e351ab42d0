// A small valid dataset for the framework pages (two options, one criterion).
export const smallDataset = {
  meta: {
    title: 'Framework test comparison',
    question: 'Which option fits?',
    condition: 'A test condition.',
    published: '2026-01-01',
    reviewBy: '2099-01-01',
    updatePolicy: 'Tests only.',
    funding: 'None.',
    competingInterests: 'None.',
    authors: ['Test team'],
  },
  options: [
    { id: 'alpha', label: 'Alpha', description: 'The first option.' },
    { id: 'beta', label: 'Beta', description: 'The second option.' },
  ],
  criteria: [{ id: 'cost', label: 'Cost', question: 'What will it cost me?' }],
  cells: {
    alpha: { cost: { summary: 'Cheap.', score: 5, certainty: 'low', citations: ['src'] } },
    beta: { cost: { summary: 'Dear.', score: 1, certainty: 'low', citations: ['src'] } },
  },
  citations: [{ id: 'src', authors: 'Tester T', year: 2026, title: 'A test source', source: 'Tests', url: 'https://example.org/' }],
};
