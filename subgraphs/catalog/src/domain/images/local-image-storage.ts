import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import type { ImageStorage } from './image-storage.ts';

/** Local disk keeps no metadata: a file's content type is its key's extension's. */
const contentTypes: Record<string, string> = {
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};

/** Images as files under `root` (the embedded default: $COMPTOIR_DATA_DIR/images). */
export function localImageStorage(root: string): ImageStorage {
  const pathOf = (key: string) => join(root, ...key.split('/'));
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written aside then renamed: a concurrent reader never sees half a file.
      const partial = `${path}.${uuidv7()}.partial`;
      await writeFile(partial, bytes);
      await rename(partial, path);
    },
    async get(key) {
      const path = pathOf(key);
      const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (!found?.isFile()) return null;
      return {
        body: createReadStream(path),
        contentType: contentTypes[extname(path)] ?? 'application/octet-stream',
        contentLength: found.size,
      };
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
