import { SetMetadata } from '@nestjs/common';

export const ENQUEUES_JOBS = 'koers:enqueues-jobs';

/**
 * Marks a route that puts work on the queue: it answers 503 when the queue
 * transport is down. The API's OpenAPI document declares that answer for it.
 */
export const EnqueuesJobs = () => SetMetadata(ENQUEUES_JOBS, true);
