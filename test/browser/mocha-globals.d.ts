/**
 * The few Mocha globals the browser tests use (@web/test-runner runs Mocha; @types/mocha is not
 * installed, so these are declared here).
 */
interface MochaContext {
  timeout(ms: number): void;
}
type MochaHook = (this: MochaContext) => void | Promise<unknown>;
declare function describe(name: string, fn: (this: MochaContext) => void): void;
declare function it(name: string, fn: MochaHook): void;
declare function before(fn: MochaHook): void;
declare function after(fn: MochaHook): void;
declare function beforeEach(fn: MochaHook): void;
declare function afterEach(fn: MochaHook): void;
