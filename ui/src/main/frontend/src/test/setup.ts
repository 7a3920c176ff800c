import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// Waiting for what the user would see may take longer than 1 s when the machine is busy.
configure({ asyncUtilTimeout: 5000 });
