import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { stubDocument } from '../store/stub-document.js';
import { trackerCases } from './tracker-cases.js';

trackerCases('SqliteStore', () => SqliteStore.open({ path: ':memory:', buildDocument: stubDocument }), (store) => (store as SqliteStore).close());
