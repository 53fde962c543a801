import { libVitestConfig } from '../../../tools/testing/vitest-lib.config';
export default libVitestConfig(__dirname);
