import { createApp } from 'vue';
// Registers <offer-search>, <offer-map>, <event-list> and <job-board>.
import 'willkommen-widgets/define';
import App from './App.vue';

createApp(App).mount('#app');
