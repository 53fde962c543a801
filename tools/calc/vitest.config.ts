import { libVitestConfig } from '../testing/vitest-lib.config';
export default libVitestConfig(__dirname);
