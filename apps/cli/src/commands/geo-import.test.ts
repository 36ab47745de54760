import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot, loadConfig } from '@ctip/server';
import { createTestDatabase, dialectsUnderTest, type TestDatabase } from '@ctip/server/testing';
import { main } from '../main';
import { captureIo } from '../testing-io';

/** The shared province boundaries (ODbL; read at test time, never copied into the repository). */
const BOUNDARIES = new URL('../../../../../shared/data/geo/khm_adm1_simplified.geojson', import.meta.url);
const hasData = fs.existsSync(BOUNDARIES);
if (!hasData) {
  if (process.env.CI === 'true') throw new Error(`CI=true but the shared geo data is missing: ${BOUNDARIES.pathname}`);
  console.warn(`Skipping the geo import tests: ${BOUNDARIES.pathname} is missing.`);
}

describe.skipIf(!hasData).each(dialectsUnderTest())('ctip geo import on %s', (dialect) => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let scratch: string;

  const rows = async () => {
    const booted = await boot(loadConfig(env));
    try {
      return await booted.services.db.selectFrom('geo_boundaries').select(['province_code', 'attribution', 'source_file']).orderBy('province_code').execute();
    } finally {
      await booted.close();
    }
  };
  const write = (name: string, text: string) => {
    const file = path.join(scratch, name);
    fs.writeFileSync(file, text);
    return file;
  };

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    env = { CTIP_DATA_DIR: database.dataDir, ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}) };
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ctip-geo-'));
  });
  afterAll(async () => {
    fs.rmSync(scratch, { recursive: true, force: true });
    await database?.drop();
  });

  it('imports the 25 provinces, one row each, with the attribution detected', async () => {
    const io = captureIo(env);
    expect(await main(['geo', 'import', BOUNDARIES.pathname], io), io.err()).toBe(0);
    expect(io.out()).toMatch(/Imported the boundaries of 25 provinces from khm_adm1_simplified\.geojson/);
    expect(io.out()).toMatch(/OpenStreetMap contributors, via geoBoundaries/);
    const stored = await rows();
    expect(stored).toHaveLength(25);
    expect(stored.map((row) => row.province_code)).toContain('KH-25');
    expect(new Set(stored.map((row) => row.source_file))).toEqual(new Set(['khm_adm1_simplified.geojson']));
  });

  it('exits 2 with a clear message for a file that is not GeoJSON, has no features or no province codes, and writes nothing', async () => {
    const before = await rows();
    const polygon = { type: 'Polygon', coordinates: [[[103, 11], [104, 11], [104, 12], [103, 11]]] };
    const cases: Array<[string, string, RegExp]> = [
      ['broken.geojson', '{"type": "FeatureCollection", "features": [', /broken\.geojson: The file is not valid GeoJSON: it is not JSON/],
      ['topology.json', JSON.stringify({ type: 'Topology', objects: {} }), /expected a FeatureCollection/],
      ['empty.geojson', JSON.stringify({ type: 'FeatureCollection', features: [] }), /has no features/],
      ['nameless.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { NAME: 'Atlantis' }, geometry: polygon }] }), /feature 1 \("Atlantis"\): no recognisable province code/],
    ];
    for (const [name, text, message] of cases) {
      const io = captureIo(env);
      expect(await main(['geo', 'import', write(name, text)], io), name).toBe(2);
      expect(io.err()).toMatch(message);
    }
    const unattributed = captureIo(env);
    expect(await main(['geo', 'import', write('plain.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { iso_3166_2: 'KH-12' }, geometry: polygon }] }))], unattributed)).toBe(2);
    expect(unattributed.err()).toMatch(/give --attribution TEXT/);
    const missing = captureIo(env);
    expect(await main(['geo', 'import', path.join(scratch, 'absent.geojson')], missing)).toBe(2);
    expect(missing.err()).toMatch(/cannot read .*absent\.geojson: ENOENT/);
    expect(await rows()).toEqual(before);
  });

  it('replaces the boundaries with a smaller file, with the attribution given', async () => {
    const polygon = { type: 'Polygon', coordinates: [[[104.8, 11.5], [105, 11.5], [105, 11.7], [104.8, 11.5]]] };
    const io = captureIo(env);
    expect(await main(['geo', 'import', write('pp.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name_en: 'Phnom Penh' }, geometry: polygon }] })), '--attribution', 'Drawn by hand'], io)).toBe(0);
    expect(io.out()).toMatch(/No boundary in this file for: KH-1, KH-10/);
    expect(await rows()).toEqual([{ province_code: 'KH-12', attribution: 'Drawn by hand', source_file: 'pp.geojson' }]);
  });
});
