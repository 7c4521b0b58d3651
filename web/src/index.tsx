import { render } from "solid-js/web";
import { App } from "./app";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error('index.html must contain <div id="root">');
render(() => <App />, root);
