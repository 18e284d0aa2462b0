import { AZURE_REGIONS } from '../../core/model/regions';
import { checkLocation, checkResourceGroup, withDeployment, withDesignName } from '../design/design-props';
import { UNTITLED } from '../header/DesignTitle';
import { useDesign } from '../store/hooks';
import { edit } from './edit';
import { TextField } from './fields';

const LOCATIONS = Object.values(AZURE_REGIONS).flat();

/** The design's own properties, shown when nothing is selected: its name and where it is deployed. */
export function DesignInspector() {
  const name = useDesign((s) => s.doc.name);
  const deployment = useDesign((s) => s.doc.deployment);
  return (
    <>
      <TextField label="Name" value={name} placeholder={UNTITLED} onCommit={(text) => edit((doc) => withDesignName(doc, text))} />
      <TextField
        label="Resource group"
        value={deployment.resourceGroup}
        validate={checkResourceGroup}
        onCommit={(resourceGroup) => edit((doc) => withDeployment(doc, { resourceGroup }))}
      />
      <TextField
        label="Location"
        value={deployment.location}
        validate={checkLocation}
        suggestions={LOCATIONS}
        onCommit={(location) => edit((doc) => withDeployment(doc, { location }))}
      />
    </>
  );
}
