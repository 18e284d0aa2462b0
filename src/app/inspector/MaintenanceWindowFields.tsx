import type { MaintenanceWindow } from '../../core/model/types';
import { CheckField, IntegerField, scoped, SelectField, TextField } from './fields';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A customer-controlled maintenance window, or none; `title` names it (e.g. "Maintenance window"). */
export function MaintenanceWindowFields({
  title,
  value,
  region,
  onChange,
}: {
  title: string;
  value: MaintenanceWindow | undefined;
  /** The owner's region, which a new window's configuration starts in. */
  region: string;
  onChange: (w: MaintenanceWindow | undefined) => void;
}) {
  const set = (patch: Partial<MaintenanceWindow>) => value && onChange({ ...value, ...patch });
  return (
    <fieldset>
      <legend>{title}</legend>
      <CheckField
        label={scoped(`${title}:`, 'Customer-controlled')}
        checked={value !== undefined}
        onChange={(on) => onChange(on ? { recurrence: 'Daily', startTime: '01:00', durationHours: 5, timeZone: 'UTC', region } : undefined)}
      />
      {value ? (
        <>
          <SelectField label="Recurrence" value={value.recurrence} options={['Daily', 'Weekly', 'Monthly'] as const} onChange={(recurrence) => set({ recurrence })} />
          <TextField
            label="Start time (HH:MM)"
            value={value.startTime}
            validate={(t) => (HH_MM.test(t.trim()) ? undefined : 'Enter a time as HH:MM, from 00:00 to 23:59.')}
            onCommit={(t) => set({ startTime: t.trim() })}
          />
          <IntegerField label="Duration (hours)" value={value.durationHours} min={0} max={24 * 31} decimal onCommit={(durationHours) => set({ durationHours })} />
          <TextField label="Time zone" value={value.timeZone} onCommit={(t) => set({ timeZone: t.trim() })} />
          <TextField label="Configuration region" value={value.region} onCommit={(t) => set({ region: t.trim() })} />
        </>
      ) : null}
    </fieldset>
  );
}
