import { PERIODS } from '../usage';

/** The "Period" picker of the usage views: last hour, day, 7 days or 30 days (by `UsagePeriod.id`). */
export function PeriodSelect({ value, onChange }: { value: string; onChange: (periodId: string) => void }) {
  return (
    <label class="inline-field">
      <span>Period</span>
      <select value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {PERIODS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
}
