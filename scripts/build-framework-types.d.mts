export function frameworkTypes(manifest: unknown): Record<string, string>;
export function writeFrameworkTypes(dir?: string): void;
export function staleTypeFiles(dir?: string): string[];
