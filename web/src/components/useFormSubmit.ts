// The submit of a dialog form: validate the fields, send, hand the answer on; busy while sending and
// the API's error (Chinese) kept for an ErrorBox. Invalid fields stay marked by the form itself.
import type { FormInstance } from 'antd';
import { useState } from 'react';

export function useFormSubmit<Values, Answer>(
  form: FormInstance<Values>,
  send: (values: Values) => Promise<Answer>,
  onDone: (answer: Answer) => void,
): { submit: () => Promise<void>; busy: boolean; error: unknown } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onDone(await send(values));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { submit, busy, error };
}
