/**
 * Deterministic job ids: subject + plugin + version + input hash (+ reference
 * version), so a repeated or retried submission is one job. BullMQ ids may not contain ':'.
 */
export function runJobId(k: { inputId: string; pluginId: string; pluginVersion: string; inputHash: string; referenceVersion: string }): string {
  return `calc-${k.inputId}-${k.pluginId}@${k.pluginVersion}-${k.inputHash.slice(0, 16)}-${k.referenceVersion}`;
}

export function batchJobId(bulkId: string, firstInputId: string): string {
  return `bulk-${bulkId}-${firstInputId}`;
}
