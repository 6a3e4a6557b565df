import type { Actor } from '../model/actor.js';
import type { School } from '../model/school.js';
import type { DocumentRenderer } from '../ports/document-renderer.js';
import type { PeopleDirectory } from '../ports/people-directory.js';
import type { Store } from '../ports/store.js';
import type { FileStore } from '../ports/file-store.js';
import type { FileInspector } from '../ports/file-inspector.js';

/** What every use case needs from the outside world. */
export interface Deps {
  store: Store;
  clock: () => Date;
  newId: () => string;
  /** Renders exported files (subject access, transfers) as PDF; absent where nothing exports. */
  documents?: DocumentRenderer;
  /** Attached documents and kept copies (blob storage); absent where no file storage is configured. */
  files?: { store: FileStore; inspector?: FileInspector; limits?: { maxBytes: number; maxPerRecord: number } };
  /** The tenant's directory, where names of alerted staff and assignees come from; without it, the people Lantern reaches in Teams. */
  people?: PeopleDirectory;
}

/** Who is asking, in which school, under which correlation id. */
export interface RequestContext {
  actor: Actor;
  school: School;
  correlationId: string;
}
