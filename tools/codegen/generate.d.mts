// Types of tools/codegen/generate.mjs for the TypeScript tools and tests that import it.
export declare const workspaceRoot: string;
export declare const platforms: readonly string[];
export declare const areaPlatforms: readonly string[];
export declare const codegenOptions: Record<string, unknown>;
export declare function specPath(platform: string): string;
export declare function outputPath(platform: string): string;
export declare function areaSpecPath(platform: string, area: string): string;
/** `permissions`/`permissionTypes`: a Genesys Cloud area's permission table module (`src/generated/permissions/<area>`). */
export declare function areaOutputPaths(platform: string, area: string): { types: string; accessor: string; permissions?: string; permissionTypes?: string };
export declare function areaManifestPath(platform: string): string;
export declare function listAreas(platform: string): Promise<string[]>;
export declare function accessorName(area: string): string;
/** openapi-typescript output for one spec file, with the GENERATED header; `openEnums` makes string enums open unions. */
export declare function generateSchemaSource(specFile: string, options?: { label?: string; openEnums?: boolean; command?: string }): Promise<string>;
export declare function generateAreaSources(platform: string, area: string): Promise<Array<{ path: string; content: string }>>;
