{
  "extends": "./tsconfig.json",
  "compilerOptions": { "module": "Preserve", "moduleResolution": "Bundler", "noEmit": true, "skipLibCheck": true }
}
