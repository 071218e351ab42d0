import { expect } from '@open-wc/testing';
import { parts, smallDataset, smallWidget, textOf } from '../../../test/browser/helpers.js';

describe('about this information', () => {
  it('shows dates, update policy, funding, competing interests, authors, method and every source', async () => {
    const el = await smallWidget();
    const about = parts(el).about.shadowRoot!;
    const text = textOf(about);
    for (const expected of [
      'Published January 15, 2026',
      'Review by January 15, 2099',
      'Reviewed every year by the test team.',
      'No funding: written for tests.',
      'The authors sell none of these options.',
      'Ada Tester, Bo Checker',
      'Made up for tests.',
    ]) {
      expect(text).to.contain(expected);
    }
    const items = [...about.querySelectorAll('[part="citations"] li')];
    expect(items.map((li) => li.getAttribute('data-citation'))).to.deep.equal(['c1', 'c2', 'c3']);
    expect(textOf(items[0])).to.contain('Smith J, et al. (2020). A first test study');
    expect(textOf(items[0])).to.contain('doi:10.1000/test1');
    expect(parts(el).root.querySelector('[part="review-warning"]')).to.equal(null);
    expect(textOf(parts(el).root.querySelector('[part="not-advice"]'))).to.contain('does not recommend');
  });

  it('warns visibly once the review-by date has passed', async () => {
    const data = smallDataset();
    data.meta.published = '2020-01-01';
    data.meta.reviewBy = '2021-06-30';
    const el = await smallWidget({}, data);
    const warning = parts(el).root.querySelector('[part="review-warning"]')!;
    expect(warning).to.exist;
    expect(textOf(warning)).to.contain('June 30, 2021');
    expect(textOf(warning)).to.contain('may be out of date');
    expect(warning.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(textOf(parts(el).about.shadowRoot)).to.contain('(this date has passed)');
  });

  it('the served JSON copy of the small fixture matches the TypeScript one', async () => {
    // Served as .json.txt: the test server turns every .json file into a JavaScript module.
    const response = await fetch('/test/fixtures/small-dataset.json.txt');
    expect(JSON.parse(await response.text())).to.deep.equal(smallDataset());
  });
});
