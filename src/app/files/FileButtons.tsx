import { useRef } from 'react';
import { designStore } from '../store/hooks';
import { hasOpenPicker, openWithPicker, saveDesign } from './file-pickers';
import { openDesignFile } from './open-file';

/** "Save" (to a picked file, or a download) and "Open file" (load a JSON design). */
export function FileButtons() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="tool" onClick={() => void saveDesign(designStore.getState().doc)}>
        Save
      </button>
      <button
        type="button"
        className="tool"
        onClick={() => (hasOpenPicker() ? void openWithPicker(designStore) : input.current?.click())}
      >
        Open file
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Open design file"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void openDesignFile(designStore, file);
        }}
      />
    </>
  );
}
