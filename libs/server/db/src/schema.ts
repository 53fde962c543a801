import { coreEntities } from './entities';
import { coreMigrations } from './migrations';

/** Every entity and migration of the platform; feature areas add theirs here. */
export const allEntities = [...coreEntities];
export const allMigrations = [...coreMigrations];
