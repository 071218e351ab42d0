/**
 * The WordPress plugin (dist/wordpress/treatment-compare.zip) on a real WordPress: Debian's
 * wordpress package with MariaDB and Twenty Twenty-Three, started here on 127.0.0.1 (see
 * wordpress-site.mjs). An administrator saves the clinic's facts on the settings page; an Author
 * (no unfiltered_html) publishes a post with the block and one with the shortcode; visitors see the
 * widget with the clinic's facts and the disclosure, served from the site alone.
 * Without the packages, one line says what is missing and the suite is skipped.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { axeViolations, installHelpers, launch, settled } from './support.mjs';
import { missingPackages, startWordPress } from './wordpress-site.mjs';

const ZIP = 'dist/wordpress/treatment-compare.zip';
// One line when skipped: node:test prints the reason beside the suite's name.
const missing = missingPackages() ?? (existsSync(ZIP) ? undefined : `needs ${ZIP} (npm run build)`);

const CLINIC = "O'Neil & Daughters Pain Clinic";
const AUTHOR = { login: 'author', password: 'author-password-1', role: 'author' };
const ADMIN = { login: 'admin', password: 'admin-password' };
const BLOCK_POST =
  '<!-- wp:paragraph -->\n<p>Compare your options before your visit.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:treatment-compare/comparison {"condition":"migraine"} /-->';
// Classic content: wpautop and wptexturize run on it; the shortcode's output comes after them.
const SHORTCODE_POST =
  'Compare your options before your visit.\n\n[treatment_compare lang="es" options="tms,medication,physical-therapy" persist="url"]\n\nQuestions? Call us.';

/**
 * Words in the widget that the browser broke across lines (not at a hyphen or a slash): each
 * shown word's rectangles, by a Range, lie on more than one line.
 */
const brokenWords = (page) =>
  page.evaluate(() => {
    const broken = [];
    // Text for screen readers only (clipped, or 1 px boxes) wraps wherever it likes: not shown, not counted.
    const hidden = (element) => {
      for (let e = element; e; e = e.parentElement ?? e.getRootNode().host) {
        const style = getComputedStyle(e);
        if (style.clipPath !== 'none' || style.clip !== 'auto' || e.getBoundingClientRect().width <= 1) return true;
      }
      return false;
    };
    const walk = (node) => {
      for (const child of node.shadowRoot ? [...node.shadowRoot.childNodes, ...node.childNodes] : node.childNodes) {
        if (child.nodeType === 3 && !hidden(child.parentElement)) {
          for (const match of child.textContent.matchAll(/[^\s\-/\u2013\u2014]+/g)) {
            const range = document.createRange();
            range.setStart(child, match.index);
            range.setEnd(child, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (tops.size > 1) broken.push(match[0]);
          }
        } else walk(child);
      }
    };
    walk(document.querySelector('treatment-compare'));
    return broken;
  });

/**
 * The settings page shows the widget validator's first message for `path`, named by the form's
 * label rather than the configuration's path ("contact.url: …" -> "Contact link: …").
 */
async function showsWidgetMessage(page, widgetSays, path, label) {
  const message = widgetSays.errors?.[0] ?? '';
  assert.ok(message.startsWith(`${path}: `), `the widget's message is about ${path}: ${message}`);
  const inForm = `${label}: ${message.slice(path.length + 2)}`;
  const notices = await page.locator('.notice-error, .error').allInnerTexts();
  assert.ok(
    notices.some((n) => n.includes(inForm)),
    `the settings page shows "${inForm}"; it shows: ${notices.join(' | ')}`,
  );
}

describe('WordPress plugin on a real WordPress (Debian packages)', { skip: missing }, () => {
  let site;
  let browser;
  const posts = {};

  before(async () => {
    [site, browser] = await Promise.all([startWordPress({ zip: ZIP, users: [AUTHOR] }), launch()]);
  });
  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  async function logIn(user) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/wp-login.php`);
    await page.fill('#user_login', user.login);
    await page.fill('#user_pass', user.password);
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
    return { context, page };
  }

  it('settings page: refuses an invalid contact link with the widget validator message, then saves the facts', async () => {
    const { validateClinic, LIMITS } = await import('../../dist/model.js');
    const { context, page } = await logIn(ADMIN);
    const settings = `${site.url}/wp-admin/options-general.php?page=treatment-compare`;
    await page.goto(settings);
    // Lengths are counted as the widget counts them (UTF-16 units): a name of emoji that fits in
    // characters but not in units is refused here too, with the widget's own message. (The field's
    // maxlength stops it in the browser; a request made without the form is checked by the PHP.)
    const emojiName = '\u{1F600}'.repeat(LIMITS.shortText / 2 + 1);
    await page.$eval('#tc-name', (input) => input.removeAttribute('maxlength'));
    await page.fill('#tc-name', emojiName);
    await page.fill('#tc-checked', '2026-11-01');
    await Promise.all([page.waitForURL(/settings-updated/), page.click('#submit')]);
    await showsWidgetMessage(page, validateClinic({ name: emojiName, provides: [], checked: '2026-11-01' }), 'name', 'Clinic name');
    await page.fill('#tc-name', CLINIC);
    await page.check('input[name="treatment_compare_clinic[options][tms][provides]"]');
    await page.fill('#tc-tms-price', '$250 a session');
    await page.fill('#tc-tms-wait', 'About 2 weeks');
    await page.selectOption('#tc-tms-offered', 'yes');
    await page.fill('#tc-contact-label', 'Book a visit');
    await page.fill('#tc-contact-url', 'javascript:alert(1)');
    await page.fill('#tc-checked', '2026-11-01');
    await Promise.all([page.waitForURL(/settings-updated/), page.click('#submit')]);
    const widgetSays = validateClinic({
      name: CLINIC,
      provides: [],
      contact: { label: 'Book a visit', url: 'javascript:alert(1)' },
      checked: '2026-11-01',
    });
    assert.equal(widgetSays.ok, false);
    await showsWidgetMessage(page, widgetSays, 'contact.url', 'Contact link');
    assert.equal(site.php(`echo wp_json_encode( get_option( 'treatment_compare_clinic', array() ) );`), '[]', 'nothing was saved');
    // What was typed is still in the form; correct the link and save.
    assert.equal(await page.inputValue('#tc-name'), CLINIC);
    await page.fill('#tc-contact-url', 'https://oneil.example/book?a=1&b=2');
    await Promise.all([page.waitForURL(/settings-updated/), page.click('#submit')]);
    assert.match(await page.locator('#setting-error-settings_updated').innerText(), /Settings saved/);
    assert.equal(await page.inputValue('#tc-name'), CLINIC, 'the apostrophe and ampersand are saved as typed');
    await context.close();
  });

  it('an Author (no unfiltered_html) publishes a post with the block and one with the shortcode, and the editor shows the live widget', async () => {
    const caps = site.php(
      `$u = get_user_by( 'login', 'author' ); echo user_can( $u, 'unfiltered_html' ) ? 'yes' : 'no', ' ', user_can( $u, 'publish_posts' ) ? 'yes' : 'no';`,
    );
    assert.equal(caps, 'no yes', 'the Author cannot post unfiltered HTML and can publish');
    const { context, page } = await logIn(AUTHOR);
    const nonce = await (await page.request.get(`${site.url}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
    assert.match(nonce, /^[0-9a-f]{10}$/);
    for (const [key, content] of [
      ['block', BLOCK_POST],
      ['shortcode', SHORTCODE_POST],
    ]) {
      const response = await page.request.post(`${site.url}/?rest_route=/wp/v2/posts`, {
        headers: { 'X-WP-Nonce': nonce },
        data: { title: `Your options (${key})`, content, status: 'publish' },
      });
      assert.equal(response.status(), 201, await response.text());
      const post = await response.json();
      posts[key] = post.link;
      const saved = site.php(`echo get_post( ${post.id} )->post_content;`);
      assert.equal(saved, content, 'kses kept the content as written');
      posts[`${key}Id`] = post.id;
    }
    // The block editor shows the live widget (rendered by the same PHP, through ServerSideRender).
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${site.url}/wp-admin/post.php?post=${posts.blockId}&action=edit`);
    await page.waitForFunction(
      () => document.querySelector('treatment-compare')?.shadowRoot?.textContent.includes(`Conflict of interest`),
      null,
      {
        timeout: 30_000,
      },
    );
    assert.deepEqual(errors, [], 'no script error in the editor');
    await context.close();
  });

  // Visitors' pages, side by side: each its own browser context; the site serves them at once.
  describe("visitors' pages", { concurrency: true }, () => {
    for (const key of ['block', 'shortcode']) {
      it(`visitors see the ${key} post: the widget, the clinic's facts and the disclosure, and nothing from another site`, async (t) => {
        if (!posts[key]) return t.skip('no post (see the test before)');
        const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
        const page = await context.newPage();
        const requests = [];
        const errors = [];
        page.on('request', (request) => requests.push(request.url()));
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(posts[key]);
        await settled(page);
        await installHelpers(page);
        const info = await page.evaluate(() => {
          const el = document.querySelector('treatment-compare');
          const json = el.querySelector('script[type="application/json"]');
          return { text: window.__tc.deepText(el), json: json && JSON.parse(json.textContent), lang: el.getAttribute('lang'), id: el.id };
        });
        assert.equal(info.json?.name, CLINIC, 'the data block reaches the element intact');
        assert.deepEqual(
          info.json.facts,
          { tms: { price: '$250 a session', wait: 'About 2 weeks', offeredHere: true } },
          'as typed, no slashes added',
        );
        assert.equal(info.json.contact.url, 'https://oneil.example/book?a=1&b=2');
        assert.ok(info.text.includes(CLINIC), "the clinic's name shows with its apostrophe and ampersand");
        if (key === 'block') {
          assert.match(info.text, /O'Neil & Daughters Pain Clinic provides TMS .* and is paid when patients choose/, 'the disclosure');
          assert.match(info.text, /Migraine/);
        } else {
          assert.equal(info.lang, 'es');
          assert.equal(info.id, 'treatment-compare-1', 'persist="url" gives the widget its own id');
          assert.match(info.text, /Medicamentos para el dolor/, 'Spanish, from the files next to the script');
        }
        assert.match(info.text, /\$250 a session/);
        assert.match(info.text, /Book a visit/);
        const origin = new URL(site.url).origin;
        const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
        assert.deepEqual(elsewhere, [], 'no request outside the site');
        assert.ok(requests.some((url) => url.includes('/wp-content/plugins/treatment-compare/cdn/treatment-compare.iife.js')));
        assert.deepEqual(errors, []);
        assert.deepEqual(await brokenWords(page), [], 'no word broken mid-way');
        // The theme's own markup is not ours to fix: axe looks at the widget.
        assert.deepEqual(await axeViolations(page, { include: '.treatment-compare-embed' }), []);
        await context.close();
      });
    }

    it("in the theme's 650 px content column and on a 390 px phone, no word in the widget breaks mid-way", async () => {
      const id = site.php(
        `echo wp_insert_post( array( 'post_title' => 'In the column', 'post_status' => 'publish', 'post_author' => 1, 'post_content' => '<!-- wp:treatment-compare/comparison {"align":""} /-->' ) );`,
      );
      for (const width of [1366, 390]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${site.url}/?p=${id}`);
        await settled(page);
        const box = await page.evaluate(() => document.querySelector('treatment-compare').getBoundingClientRect().width);
        if (width === 1366) assert.ok(box > 600 && box <= 650, `the content column: ${box} px`);
        assert.deepEqual(await brokenWords(page), [], `no word broken mid-way at ${width} px`);
        await context.close();
      }
    });
  });

  it('every PHP file of the plugin passes php -l; the Spanish .mo loads; uninstalling removes the option', () => {
    const plugin = `${site.dir}/site/wp-content/plugins/treatment-compare`;
    const list = readdirSync(plugin, { recursive: true })
      .filter((file) => file.endsWith('.php'))
      .map((file) => `${plugin}/${file}`);
    assert.ok(list.length >= 5, list.join(', '));
    for (const file of list) assert.match(execFileSync('php', ['-l', file], { encoding: 'utf8' }), /No syntax errors/, file);
    assert.equal(
      site.php(
        `load_textdomain( 'treatment-compare', '${plugin}/languages/treatment-compare-es_ES.mo' ); echo __( 'Clinic name', 'treatment-compare' );`,
      ),
      'Nombre de la clínica',
    );
    assert.notEqual(site.php(`echo wp_json_encode( get_option( 'treatment_compare_clinic', array() ) );`), '[]', 'saved by the first test');
    site.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; uninstall_plugin( 'treatment-compare/treatment-compare.php' );`);
    assert.equal(site.php(`echo wp_json_encode( get_option( 'treatment_compare_clinic', 'gone' ) );`), '"gone"');
  });
});
