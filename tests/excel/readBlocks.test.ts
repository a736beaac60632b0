// Planning the reads of a large or sparse workbook: pure functions, no Excel.
import { cellCount, nextTrip, parseExcelAddress, probeTiles } from "../../src/excel/readBlocks";

const box = (top: number, bottom: number, left: number, right: number) => ({ top, bottom, left, right });

describe("reading within Excel's limits", () => {
  it("reads addresses as Excel reports them, whole rows and whole columns included", () => {
    expect(parseExcelAddress("Blad!1:1048576")).toEqual(box(1, 1_048_576, 0, 16_383));
    expect(parseExcelAddress("'Mijn blad'!$B:$D")).toEqual(box(1, 1_048_576, 1, 3));
    expect(parseExcelAddress("Blad!A1:O40")).toEqual(box(1, 40, 0, 14));
  });

  it("probes an oversized box in bands along its longer side, at most 64", () => {
    const sheet = box(1, 1_048_576, 0, 16_383);
    const tiles = probeTiles(sheet, 50_000);
    expect(tiles).toHaveLength(64);
    expect(tiles[0]).toEqual(box(1, 16_384, 0, 16_383));
    expect(tiles[63].bottom).toBe(1_048_576);
    const wide = probeTiles(box(1, 40, 0, 16_383), 50_000);
    expect(wide.every((t) => t.top === 1 && t.bottom === 40)).toBe(true);
    expect(wide.reduce((sum, t) => sum + cellCount(t), 0)).toBe(40 * 16_384);
  });

  it("fills each round trip: whole blocks, then the rows of the next that fit", () => {
    const blocks = [{ box: box(1, 10, 0, 9) }, { box: box(1, 100, 0, 9) }];
    const first = nextTrip(blocks, 500);
    expect(first.trip.map((b) => b.box)).toEqual([box(1, 10, 0, 9), box(1, 40, 0, 9)]);
    expect(first.rest.map((b) => b.box)).toEqual([box(41, 100, 0, 9)]);
    const second = nextTrip(first.rest, 500);
    expect(second.trip.map((b) => b.box)).toEqual([box(41, 90, 0, 9)]);
    expect(nextTrip(second.rest, 500)).toEqual({ trip: [{ box: box(91, 100, 0, 9) }], rest: [] });
  });

  it("cuts a row wider than one trip", () => {
    const { trip, rest } = nextTrip([{ box: box(5, 6, 0, 16_383) }], 10_000);
    expect(trip.map((b) => b.box)).toEqual([box(5, 5, 0, 9_999)]);
    expect(rest.map((b) => b.box)).toEqual([box(5, 5, 10_000, 16_383), box(6, 6, 0, 16_383)]);
  });
});
