// A React 19 page using the npm build: attributes, a property (a custom dataset), and events.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'treatment-compare';
import { smallDataset } from './small-dataset.js';

function App() {
  const [changes, setChanges] = useState(0);
  const [lastWeights, setLastWeights] = useState('');
  const [custom, setCustom] = useState(false);
  return h(
    'main',
    null,
    h('h1', null, 'React 19 page'),
    h('button', { id: 'use-custom', onClick: () => setCustom(true) }, 'Use custom dataset'),
    h('p', { id: 'changes' }, `weights changes: ${changes}`),
    h('p', { id: 'last' }, lastWeights),
    h('treatment-compare', {
      id: 'widget',
      weights: 'cost:8,side-effects:3',
      condition: 'migraine',
      dataset: custom ? smallDataset : undefined,
      'onweights-change': (event) => {
        setChanges((n) => n + 1);
        setLastWeights(JSON.stringify(event.detail.weights));
      },
    }),
  );
}

createRoot(document.getElementById('root')).render(h(App));
