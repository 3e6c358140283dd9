{
  "extends": "./tsconfig.json",
  "compilerOptions": { "module": "CommonJS", "moduleResolution": "Node10", "noEmit": true, "skipLibCheck": true },
  "include": ["src/consumer-cjs.cts"]
}
