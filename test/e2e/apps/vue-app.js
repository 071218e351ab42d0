// A Vue 3 page using the npm build: attributes, a property (a custom dataset), and events.
import { createApp, h, ref } from 'vue';
import 'treatment-compare';
import { smallDataset } from './small-dataset.js';

createApp({
  setup() {
    const changes = ref(0);
    const last = ref('');
    const custom = ref(false);
    return () =>
      h('main', [
        h('h1', 'Vue 3 page'),
        h('button', { id: 'use-custom', onClick: () => (custom.value = true) }, 'Use custom dataset'),
        h('p', { id: 'changes' }, `weights changes: ${changes.value}`),
        h('p', { id: 'last' }, last.value),
        h('treatment-compare', {
          id: 'widget',
          weights: 'cost:8,side-effects:3',
          condition: 'migraine',
          // Vue sets a DOM property when the element has one; '.' makes it explicit.
          '.dataset': custom.value ? smallDataset : null,
          'onWeights-change': (event) => {
            changes.value++;
            last.value = JSON.stringify(event.detail.weights);
          },
        }),
      ]);
  },
}).mount('#root');
