import { Foundation1764000000000 } from './1764000000000-foundation';
import { Diagnostics1764000001000 } from './1764000001000-diagnostics';
import { Calculations1764000002000 } from './1764000002000-calculations';

/** Every migration in order; feature libs append theirs through DbModule.forRoot({ migrations }). */
export const coreMigrations = [Foundation1764000000000, Diagnostics1764000001000, Calculations1764000002000];
