import { join } from 'node:path';
import { describeGolden } from '@koers/calc-sdk';
import { describe, expect, it } from 'vitest';
import { recommendations } from './index';

// One test per golden/<case>.input.json + <case>.expected.json pair.
describeGolden(recommendations, join(__dirname, '..', 'golden'), { get: () => undefined }, { describe, it, expect });
