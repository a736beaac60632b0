export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters?: { name: string; description?: string; [key: string]: unknown }[];
  [key: string]: unknown;
}
export interface Metadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}
export interface DutchText {
  name: string;
  description: string;
  parameters: Record<string, { name?: string; description: string }>;
  result?: string;
}
export declare function loadTranslations(file: string): Record<string, DutchText>;
export declare function buildDutchMetadata(english: Metadata, dutch: Record<string, DutchText>): { metadata: Metadata; errors: string[] };
export declare class DutchMetadataPlugin {
  constructor(options: { input?: string; output?: string; translations: string });
  apply(compiler: unknown): void;
}
