import { render } from 'preact';
import { App } from './App';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/tables.css';
import './styles/usage.css';

render(<App />, document.getElementById('app') as HTMLElement);
