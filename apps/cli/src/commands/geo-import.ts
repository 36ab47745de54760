import fs from 'node:fs';
import path from 'node:path';
import { BoundaryFileError, importProvinceBoundaries, readBoundaryFile, syncReferenceData } from '@ctip/server';
import { parseOptions, UsageError, type Command } from '../command';
import { configFrom, println, withServices } from '../server-context';

/** `ctip geo import FILE.geojson`: province boundaries for the map's choropleth. */
export const geoImportCommand: Command = {
  name: ['geo', 'import'],
  summary: 'Load province boundaries (GeoJSON) for the map',
  usage: `Usage: ctip geo import FILE.geojson [--attribution TEXT]

Stores Cambodia's province boundaries from a GeoJSON FeatureCollection of polygons, one per
province, replacing any loaded before. Each feature is matched to a province by its ISO 3166-2
code (properties iso_3166_2 or shapeISO) or its name (name_en, shapeName, …). Until boundaries
are loaded the map draws province points.

--attribution TEXT   the credit line the data's licence requires, shown under the map.
                     Detected for geoBoundaries files (OpenStreetMap, ODbL); required otherwise.

A file that is not GeoJSON, has no features, or has a feature without a recognisable province
is refused (exit 2) and nothing is written.`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { attribution: { type: 'string' } }, true);
    if (positionals.length !== 1) throw new UsageError('give exactly one FILE.geojson');
    const file = path.resolve(io.cwd, positionals[0]!);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    let parsed: ReturnType<typeof readBoundaryFile>;
    try {
      parsed = readBoundaryFile(text);
    } catch (error) {
      if (error instanceof BoundaryFileError) throw new UsageError(`${path.basename(file)}: ${error.message}`);
      throw error;
    }
    const attribution = values.attribution?.trim() || parsed.detectedAttribution;
    if (!attribution) throw new UsageError('give --attribution TEXT: the licence of boundary data asks for a credit line, and none was found in the file');
    const result = await withServices(configFrom(io), async ({ services }) => {
      await syncReferenceData(services);
      try {
        return await importProvinceBoundaries(services, parsed.boundaries, { attribution, sourceFile: path.basename(file) });
      } catch (error) {
        if (error instanceof BoundaryFileError) throw new UsageError(error.message);
        throw error;
      }
    });
    println(io.stdout, `Imported the boundaries of ${result.provinces.length} provinces from ${path.basename(file)}.`);
    println(io.stdout, `Attribution shown with the map: ${attribution}`);
    if (result.missing.length > 0) println(io.stdout, `No boundary in this file for: ${result.missing.join(', ')} (shown as points).`);
    return 0;
  },
};
