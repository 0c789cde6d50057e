export interface ScriptEntry {
  url: string;
  integrity: string;
}
export interface CdnIntegrity {
  scripts: Record<string, ScriptEntry>;
  modules: Record<string, string>;
}
export function sriHash(file: string): string;
export function cdnBase(dir?: string): string;
export function scriptTag(entry: ScriptEntry): string;
export function writeCdnIntegrity(scriptFiles: string[], dir?: string): CdnIntegrity;
export function integrityReport(integrity: Pick<CdnIntegrity, 'scripts'>): string;
