import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from './catalogue';

export const JOB_HANDLER = 'koers:job-handler';

/** Marks a provider method as the handler of one job of the catalogue; the worker finds it at start. */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER, name);

export type JobOf<K extends JobName> = Job<JobPayloads[K]>;
