/**
 * Deterministic job ids: subject + plugin + version + input hash (+ reference
 * version), so a repeated or retried submission is one job. BullMQ ids may not contain ':'.
 */
export function runJobId(k: { inputId: string; pluginId: string; pluginVersion: string; inputHash: string; referenceVersion: string }): string {
  return `calc-${k.inputId}-${k.pluginId}@${k.pluginVersion}-${k.inputHash.slice(0, 16)}-${k.referenceVersion}`;
}

/** One job per key range of a bulk, named by the range's last input id. */
export function batchJobId(bulkId: string, lastInputId: string): string {
  return `bulk-${bulkId}-${lastInputId}`;
}
