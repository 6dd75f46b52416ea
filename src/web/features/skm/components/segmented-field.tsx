import { Input, SegmentedControl, type SegmentedControlProps } from '@mantine/core';
import { useId } from 'react';

/**
 * SegmentedControl with a visible label and error, announced as a labelled radio group
 * (SegmentedControl renders role="radiogroup" but has no label prop of its own).
 */
export function SegmentedField<V extends string>({ label, error, description, ...props }: { label: string; error?: string; description?: string } & SegmentedControlProps<V>) {
  const id = useId();
  return (
    <div>
      <Input.Label id={`${id}-label`} component="div">{label}</Input.Label>
      {description && <Input.Description id={`${id}-desc`} mb={4}>{description}</Input.Description>}
      <SegmentedControl<V>
        aria-labelledby={`${id}-label`}
        aria-describedby={[description ? `${id}-desc` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined}
        {...props}
      />
      {error && <Input.Error id={`${id}-err`} mt={4}>{error}</Input.Error>}
    </div>
  );
}
