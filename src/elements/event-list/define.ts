/** Registers `<event-list>` only. */
import { defineElement } from '../../registry.js';
import { EventList } from './event-list.js';

defineElement('event-list', EventList);
