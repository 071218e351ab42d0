/**
 * A real WordPress for wordpress.test.mjs, from Debian's packages (wordpress, mariadb-server, php,
 * php-mysql): MariaDB with its own data folder and socket (no network), PHP's built-in server on
 * 127.0.0.1, everything in one temporary folder that stop() removes.
 *
 * Debian's /usr/share/wordpress/wp-config.php reads /etc/wordpress/config-<host>.php; to leave /etc
 * alone, the site's root is a folder of links to /usr/share/wordpress with its own wp-config.php and
 * wp-content/, and a router script defines ABSPATH as that folder before WordPress loads, so
 * wp-load.php finds our wp-config.php whichever path a file was reached by.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const WORDPRESS = '/usr/share/wordpress';
const NEEDS = {
  php: 'php',
  mariadbd: 'mariadb-server',
  'mariadb-install-db': 'mariadb-server',
};

const onPath = (command) =>
  [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin'].map((dir) => join(dir, command)).find((path) => existsSync(path));

/** Why WordPress cannot run here (one line), or undefined. */
export function missingPackages() {
  const missing = new Set(Object.entries(NEEDS).flatMap(([command, pkg]) => (onPath(command) ? [] : [pkg])));
  if (!existsSync(`${WORDPRESS}/wp-settings.php`)) missing.add('wordpress');
  if (!missing.has('php')) {
    const modules = execFileSync(onPath('php'), ['-m'], { encoding: 'utf8' });
    if (!/^mysqli$/m.test(modules)) missing.add('php-mysql');
  }
  return missing.size
    ? `needs Debian's ${[...missing].join(', ')} (apt-get install wordpress mariadb-server php php-mysql php-cli)`
    : undefined;
}

/** Extracts a zip (stored or deflated entries, as any zip tool writes for a plugin) with Node alone. */
function unzip(file, into) {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    const path = join(into, name);
    if (!path.startsWith(into) || name.includes('..')) throw new Error(`unsafe name in zip: ${name}`);
    if (name.endsWith('/')) mkdirSync(path, { recursive: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, method === 8 ? inflateRawSync(body) : body);
    }
    at += 46 + skip;
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(check, what, ms = 20_000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts MariaDB and WordPress, installs WordPress (Twenty Twenty-Three when present), the plugin
 * from `zip` and its users. Returns { url, php(code), stop() }.
 */
export async function startWordPress({ zip, users = [] }) {
  const dir = mkdtempSync(join(tmpdir(), 'tc-wordpress-'));
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        // Its own process group: PHP's server workers and MariaDB go with it.
        process.kill(-child.pid, 'SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB: a private data folder, a socket, no TCP.
    const data = join(dir, 'db');
    const socket = join(dir, 'mysql.sock');
    execFileSync(
      onPath('mariadb-install-db'),
      ['--no-defaults', `--datadir=${data}`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=normal'],
      { stdio: 'ignore' },
    );
    const db = spawn(
      onPath('mariadbd'),
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        '--skip-networking',
        '--user=root',
        `--pid-file=${join(dir, 'mysql.pid')}`,
        `--log-error=${join(dir, 'mysql.err')}`,
        '--skip-log-bin',
        '--innodb-buffer-pool-size=32M',
      ],
      { stdio: 'ignore', detached: true },
    );
    children.push(db);
    await waitFor(() => existsSync(socket), 'MariaDB');
    execFileSync(onPath('mariadb') ?? onPath('mysql'), ['--no-defaults', '-S', socket, '-uroot', '-e', 'CREATE DATABASE wordpress']);

    // The site: links to Debian's WordPress, our wp-config.php and wp-content/.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const root = join(dir, 'site');
    mkdirSync(root);
    for (const entry of readdirSync(WORDPRESS)) {
      if (entry !== 'wp-config.php' && entry !== 'wp-content') symlinkSync(join(WORDPRESS, entry), join(root, entry));
    }
    mkdirSync(join(root, 'wp-content/themes'), { recursive: true });
    mkdirSync(join(root, 'wp-content/plugins'));
    mkdirSync(join(root, 'wp-content/uploads'));
    for (const theme of readdirSync(`${WORDPRESS}/wp-content/themes`)) {
      symlinkSync(`${WORDPRESS}/wp-content/themes/${theme}`, join(root, 'wp-content/themes', theme));
    }
    unzip(zip, join(root, 'wp-content/plugins'));
    const config = `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${JSON.stringify(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', ${JSON.stringify(url)} );
define( 'WP_SITEURL', ${JSON.stringify(url)} );
define( 'WP_CONTENT_DIR', ${JSON.stringify(join(root, 'wp-content'))} );
define( 'WP_CONTENT_URL', ${JSON.stringify(`${url}/wp-content`)} );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${JSON.stringify(join(dir, 'debug.log'))} );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $k ) {
\tdefine( $k, 'test-only-' . $k );
}
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
`;
    writeFileSync(join(root, 'wp-config.php'), config);
    const router = join(dir, 'router.php');
    writeFileSync(router, `<?php\ndefine( 'ABSPATH', ${JSON.stringify(`${root}/`)} );\nreturn false;\n`);

    const php = (code) =>
      execFileSync(onPath('php'), ['-d', 'display_errors=stderr', '-r', `define('ABSPATH', ${JSON.stringify(`${root}/`)}); ${code}`], {
        encoding: 'utf8',
        env: { ...process.env, HTTP_HOST: `127.0.0.1:${port}` },
      });
    // Install, theme, plugin, users: WordPress's own functions, as its installer calls them.
    php(`
      define( 'WP_INSTALLING', true );
      function wp_mail() { return true; } // No mail from a test site (and no sendmail needed).
      $_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
      require ABSPATH . 'wp-load.php';
      require_once ABSPATH . 'wp-admin/includes/upgrade.php';
      require_once ABSPATH . 'wp-admin/includes/plugin.php';
      wp_install( 'Lakeside Pain Clinic', 'admin', 'admin@example.com', false, '', 'admin-password' );
      if ( wp_get_theme( 'twentytwentythree' )->exists() ) switch_theme( 'twentytwentythree' );
      $r = activate_plugin( 'treatment-compare/treatment-compare.php' );
      if ( is_wp_error( $r ) ) { fwrite( STDERR, $r->get_error_message() ); exit( 1 ); }
      foreach ( json_decode( ${JSON.stringify(JSON.stringify(users))}, true ) as $u ) {
        wp_insert_user( array( 'user_login' => $u['login'], 'user_pass' => $u['password'], 'user_email' => $u['login'] . '@example.com', 'role' => $u['role'] ) );
      }
    `);
    const server = spawn(onPath('php'), ['-S', `127.0.0.1:${port}`, '-t', root, router], {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(server);
    await waitFor(async () => {
      try {
        return (await fetch(`${url}/wp-login.php`)).ok;
      } catch {
        return false;
      }
    }, 'PHP');
    const wpPhp = (code) => php(`require ABSPATH . 'wp-load.php'; ${code}`);
    return { url, dir, php: wpPhp, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
