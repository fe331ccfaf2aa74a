import json from '$data/calendar/song-festival-closing-days.json';
import { defineTable } from '$lib/engine/tables';
import type { SongFestival } from '../tables';

export const songFestival = defineTable<SongFestival>(json);
