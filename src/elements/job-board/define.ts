/** Registers `<job-board>` only. */
import { defineElement } from '../../registry.js';
import { JobBoard } from './job-board.js';

defineElement('job-board', JobBoard);
