/**
 * The "Treatment comparison" block in the editor: the settings in the sidebar, the live widget in
 * the canvas (rendered by the same PHP as the page, through ServerSideRender). Plain JS over the
 * editor's globals, no build step. The block is dynamic: it saves nothing but its attributes.
 */
(function (wp, data) {
  'use strict';
  const el = wp.element.createElement;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, CheckboxControl, ToggleControl, RangeControl, ExternalLink } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const t = data.text;

  /** "cost:8,side-effects:3" <-> { cost: 8, 'side-effects': 3 } */
  const readWeights = (value) =>
    Object.fromEntries(
      String(value || '')
        .split(',')
        .map((pair) => pair.split(':'))
        .filter((pair) => pair.length === 2)
        .map(([id, n]) => [id.trim(), Number(n)]),
    );
  const writeWeights = (weights) =>
    data.criteria
      .filter((c) => c.id in weights)
      .map((c) => `${c.id}:${weights[c.id]}`)
      .join(',');

  function Edit(props) {
    const { attributes: a, setAttributes } = props;
    const weights = readWeights(a.weights);
    const hasWeights = a.weights !== '';
    const chosen = new Set(a.options || []);
    const toggleOption = (id, on) => {
      const next = data.options.map((o) => o.id).filter((x) => (x === id ? on : chosen.has(x)));
      setAttributes({ options: next });
    };
    const controls = el(
      InspectorControls,
      null,
      el(
        PanelBody,
        { title: t.panel, initialOpen: true },
        el(SelectControl, {
          label: t.language,
          value: a.lang,
          options: [
            { value: '', label: t.languageAuto },
            { value: 'en', label: t.english },
            { value: 'es', label: t.spanish },
          ],
          onChange: (lang) => setAttributes({ lang }),
        }),
        el(SelectControl, {
          label: t.mode,
          value: a.mode,
          options: [
            { value: 'patient', label: t.patient },
            { value: 'counselor', label: t.counselor },
          ],
          onChange: (mode) => setAttributes({ mode }),
        }),
        el(SelectControl, {
          label: t.condition,
          value: a.condition,
          options: [{ value: '', label: t.allConditions }, ...data.conditions.map((c) => ({ value: c.id, label: c.label }))],
          onChange: (condition) => setAttributes({ condition }),
        }),
        el(
          'fieldset',
          { className: 'treatment-compare-options' },
          el('legend', null, t.optionsShown),
          el('p', { className: 'components-base-control__help' }, t.optionsHelp),
          ...data.options.map((o) =>
            el(CheckboxControl, { key: o.id, label: o.label, checked: chosen.has(o.id), onChange: (on) => toggleOption(o.id, on) }),
          ),
        ),
        el(ToggleControl, {
          label: t.persist,
          help: t.persistHelp,
          checked: Boolean(a.persist),
          onChange: (persist) => setAttributes({ persist }),
        }),
      ),
      el(
        PanelBody,
        { title: t.priorities, initialOpen: false },
        el(ToggleControl, {
          label: t.setPriorities,
          help: t.prioritiesHelp,
          checked: hasWeights,
          onChange: (on) => setAttributes({ weights: on ? writeWeights(Object.fromEntries(data.criteria.map((c) => [c.id, 5]))) : '' }),
        }),
        ...(hasWeights
          ? data.criteria.map((c) =>
              el(RangeControl, {
                key: c.id,
                label: c.label,
                min: 0,
                max: 10,
                value: c.id in weights ? weights[c.id] : 5,
                onChange: (n) => setAttributes({ weights: writeWeights({ ...weights, [c.id]: n ?? 5 }) }),
              }),
            )
          : []),
      ),
      el(
        PanelBody,
        { title: t.clinicLink, initialOpen: false },
        el('p', null, t.clinic),
        data.canManage ? el(ExternalLink, { href: data.settings }, t.clinicLink) : null,
      ),
    );
    return el(
      'div',
      useBlockProps(),
      controls,
      el(ServerSideRender, { block: 'treatment-compare/comparison', attributes: a, EmptyResponsePlaceholder: () => t.title }),
    );
  }

  wp.blocks.registerBlockType('treatment-compare/comparison', {
    apiVersion: 2,
    title: t.title,
    description: t.description,
    icon: 'editor-table',
    category: 'widgets',
    keywords: ['TMS', 'decision aid', 'pain'],
    edit: Edit,
    save: () => null,
  });
})(window.wp, window.treatmentCompareBlock);
