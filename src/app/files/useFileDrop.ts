import type { DragEvent } from 'react';
import type { DesignStore } from '../store/design-store';
import { openDesignFile } from './open-file';

const carriesFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

/** Handlers that open a JSON file dropped on an element. */
export function fileDropHandlers(store: DesignStore) {
  return {
    onDragOver(e: DragEvent) {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    },
    onDrop(e: DragEvent) {
      const file = e.dataTransfer.files[0];
      if (!file) return;
      e.preventDefault();
      void openDesignFile(store, file);
    },
  };
}
