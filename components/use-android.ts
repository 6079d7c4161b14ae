import { useEffect, useState } from 'preact/hooks';
import { isAndroid } from '@/utils/pages/platform';

/** Whether this page runs in Firefox for Android; false until known. */
export function useAndroid(): boolean {
  const [android, setAndroid] = useState(false);
  useEffect(() => {
    void isAndroid().then(setAndroid);
  }, []);
  return android;
}
