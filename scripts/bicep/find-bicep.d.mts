/** The NuGet package that ships the Bicep CLI for Linux x64. */
export declare const BICEP_PACKAGE: string;
/** The Bicep CLI version the export tests use. */
export declare const BICEP_VERSION: string;
/** The path of the Bicep CLI, restoring it with `dotnet restore` first when needed. Throws with a reason when it cannot. */
export declare function findBicep(): string;
